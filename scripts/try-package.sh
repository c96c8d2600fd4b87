#!/usr/bin/env bash
# Installs a ConvScope .deb (default: the newest in build/release) on a brand-new minimal Debian 12
# (debootstrap, from the archive this machine's apt uses) with nothing but what the package pulls
# in, and uses it there: both programs start, the bundled files are found under /usr/share, a
# Korean font is present, a WebP picture opens, and every page renders in both languages.
# Needs root. The base system is cached in $FRESH_CACHE (default /var/tmp/fresh-debian).
#   scripts/try-package.sh [PACKAGE.deb] [SCREENSHOT-FOLDER]   (default build/release/package-shots)
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(realpath "${1:-$(ls -t build/release/convscope_*.deb | head -n 1)}")
shots=${2:-build/release/package-shots}
cache=${FRESH_CACHE:-/var/tmp/fresh-debian}
mkdir -p "$cache"
mirror=$(grep -hoE '^URIs:[[:space:]]*\S+' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1 | awk '{print $2}')
[ -n "$mirror" ] || mirror=$(grep -hoE '^deb[[:space:]]+\S+' /etc/apt/sources.list 2>/dev/null | head -n1 | awk '{print $2}')
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
if [ ! -f "$cache/base.tar" ]; then
  rm -rf "$cache/base"
  debootstrap --variant=minbase bookworm "$cache/base" "$mirror" >"$cache/debootstrap.log" 2>&1
  tar -C "$cache/base" -cf "$cache/base.tar" . && rm -rf "$cache/base"
fi
root=$(mktemp -d "$cache/package.XXXXXX")
cleanup() {
  for m in sys proc dev; do mountpoint -q "$root/$m" && umount -R -l "$root/$m"; done
  grep -qF " $root/" /proc/mounts || rm -rf --one-file-system "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$cache/base.tar"
cp "$deb" "$root/tmp/convscope.deb"
cp tests/cli/data/car.webp "$root/tmp/car.webp"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc"; mount --rbind /dev "$root/dev"; mount --make-rslave "$root/dev"; mount -t sysfs sys "$root/sys"
inside() { chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive bash -ec "$*"; }
echo "installing $(basename "$deb") and what it depends on…"
inside "apt-get update -qq && apt-get install -y -qq /tmp/convscope.deb >/tmp/install.log 2>&1" \
  || { tail -n 20 "$root/tmp/install.log"; exit 1; }
inside "convscope --version; convscope-cli --version; ls /usr/share/man/man1/convscope.1.gz /usr/share/man/man1/convscope-cli.1.gz"
inside 'font=$(fc-list :lang=ko family | head -n 1); [ -n "$font" ]; echo "a Korean font: $font"' 
inside "convscope-cli conv --input /tmp/car.webp --kernel edge --output /tmp/edges.png && echo 'a WebP picture opens'"
inside "convscope-cli predict --model bundled --input /tmp/edges.png >/dev/null && echo 'the bundled model is found under /usr/share/convscope'"
inside 'mkdir -p /tmp/shots; for lang in en ko; do for page in convolution activation-maps pooling output-size training network; do
  QT_QPA_PLATFORM=offscreen convscope --lang $lang --page $page --screenshot /tmp/shots/$page-$lang.png --size 1280x800 2>/dev/null; done; done'
mkdir -p "$shots" && cp "$root"/tmp/shots/*.png "$shots"/
echo "the installed package works; every page in both languages: $shots"
