#!/usr/bin/env bash
# Installs the Debian 12 packages ConvScope needs to build, test and run, skipping those present.
# Non-interactive, so it works from CI as root; uses sudo when run as another user.
#   scripts/install-deps.sh            what building, testing and running need
#   scripts/install-deps.sh --package  and what making and checking the Debian package needs
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config file help2man
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n
  qt6-image-formats-plugins libqt6svg6
  qt6-multimedia-dev libqt6multimedia6 gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
  gstreamer1.0-tools
  libeigen3-dev zlib1g-dev libopenblas-dev libdnnl-dev ocl-icd-opencl-dev libgif-dev catch2 libonnx-dev libprotobuf-dev
  fonts-noto-cjk fonts-dejavu-core
  clang-14 libclang-rt-14-dev libomp-14-dev
)
# qt6-base-dev only recommends libqt6opengl6-dev, yet Qt6Charts' CMake package needs Qt6OpenGL's,
# and this script installs without recommends: it is named above for that reason.
# Qt Multimedia plays the camera and video files through GStreamer (libqt6multimedia6 holds its
# GStreamer plugin); the plugin packages are what decodes at run time, and the tests make their
# videos with gst-launch-1.0 (gstreamer1.0-tools). oneDNN parallelises with OpenMP: clang's
# (libomp-14-dev) is what the fuzzers' clang build links.
[ "${1:-}" = "--package" ] && packages+=(lintian appstream appstream-util desktop-file-utils)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
