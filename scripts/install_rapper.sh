#!/bin/sh
# Installs Debian's rapper (raptor2-utils) for the outside-validator tests (tests/graph/test_outside_validators.py).
exec sh "$(dirname "$0")/install_debian.sh" raptor2-utils "the rapper checks" rapper
