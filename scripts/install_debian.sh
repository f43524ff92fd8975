#!/bin/sh
# Usage: install_debian.sh PACKAGE "WHAT NEEDS IT" COMMAND...
# Installs Debian's PACKAGE when none of the COMMANDs is on the PATH, for the tests that need it. Does
# nothing, and says why, unless it runs as root on a machine with apt-get. Never fails: those tests skip
# themselves without the tool, so `make test` may call this on any machine.

package=$1
needs=$2
shift 2
for name in "$@"; do
    if command -v "$name" >/dev/null 2>&1; then
        echo "install $package: $(command -v "$name") is there already"
        exit 0
    fi
done
if [ "$(id -u)" != "0" ]; then
    echo "install $package: not there, and not root: $needs will be skipped (install $package to run them)"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install $package: not there, and no apt-get: $needs will be skipped (install $package to run them)"
    exit 0
fi
echo "install $package: installing Debian's $package"
export DEBIAN_FRONTEND=noninteractive
if apt-get update -qq && apt-get install -y -qq --no-install-recommends "$package" >/dev/null; then
    echo "install $package: installed $(command -v "$1")"
else
    echo "install $package: apt-get could not install it: $needs will be skipped"
fi
exit 0
