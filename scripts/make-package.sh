#!/usr/bin/env bash
# Builds the Debian package (build/release/convscope_VERSION_ARCH.deb) and runs Debian's own checks
# on it: lintian --pedantic, both AppStream validators and desktop-file-validate. Exits non-zero
# when a check finds an error; lintian's remaining warnings are explained in README.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --package
cmake --preset release >/dev/null
cmake --build --preset release
(cd build/release && cpack -G DEB >/dev/null)
deb=$(ls -t build/release/convscope_*.deb | head -n 1)
echo "package: $deb"
lintian --pedantic --info --fail-on error "$deb"
appstreamcli validate --pedantic --no-net resources/linux/org.convscope.ConvScope.metainfo.xml
appstream-util validate --nonet resources/linux/org.convscope.ConvScope.metainfo.xml
desktop-file-validate resources/linux/org.convscope.ConvScope.desktop
echo "all checks passed: $deb"
