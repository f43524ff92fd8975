#!/bin/sh
# Installs Debian's Chromium for the browser tests (tests/network/test_html_browser.py) when it is missing.
exec sh "$(dirname "$0")/install_debian.sh" chromium "the browser tests" chromium chromium-browser google-chrome google-chrome-stable
