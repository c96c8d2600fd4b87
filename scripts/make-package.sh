#!/usr/bin/env bash
# Builds the Debian package (build/release/convscope_VERSION_ARCH.deb) and runs Debian's own checks
# on it: lintian with every tag shown (pedantic, info, experimental), both AppStream validators and
# desktop-file-validate. Exits non-zero on any lintian error or warning and any validator error;
# README explains the informational notes that remain.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --package
cmake --preset release >/dev/null
cmake --build --preset release
(cd build/release && cpack -G DEB >/dev/null)
deb=$(ls -t build/release/convscope_*.deb | head -n 1)
echo "package: $deb"
lintian -EIL +pedantic --fail-on error,warning "$deb"
appstreamcli validate --pedantic --no-net resources/linux/org.convscope.ConvScope.metainfo.xml
appstream-util validate --nonet resources/linux/org.convscope.ConvScope.metainfo.xml
desktop-file-validate resources/linux/org.convscope.ConvScope.desktop
echo "all checks passed: $deb"
