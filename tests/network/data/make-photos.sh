#!/bin/sh
# Draws the "photos" of handwritten digits the network page tests classify: dark ink with a
# round pen on light paper that is lit unevenly (a gradient and grain), larger than 28×28 and
# off-centre, as a phone picture of a digit on paper looks. Needs ImageMagick.
#   ./make-photos.sh   (writes photo-*.jpg next to itself)
set -eu
cd "$(dirname "$0")"

paper() {
    # 360×280 paper, lighter at the top left, with fine grain.
    convert -size 360x280 gradient:'#f4f1e8'-'#c9c3b4' -rotate 0 \
        -seed 7 -attenuate 0.25 +noise Gaussian -blur 0x0.6 -quality 85 "$1"
}

ink() {
    # $1 file, $2 path in SVG syntax
    convert "$1" -fill none -stroke '#23262c' -strokewidth 15 -draw "stroke-linecap round stroke-linejoin round path '$2'" \
        -blur 0x0.8 -quality 85 "$1"
}

paper photo-7.jpg
ink photo-7.jpg 'M 70,62 C 110,58 150,56 188,60 C 165,110 140,160 122,228'

paper photo-2.jpg
ink photo-2.jpg 'M 205,92 C 215,50 290,45 296,95 C 300,135 250,170 208,222 C 245,220 280,218 312,220'

paper photo-0.jpg
ink photo-0.jpg 'M 110,50 C 40,55 40,230 112,232 C 185,230 185,52 110,50'

paper photo-4.jpg
ink photo-4.jpg 'M 238,40 C 220,95 205,125 196,150 C 240,150 275,148 308,146 M 270,70 C 268,130 266,180 264,236'

paper photo-3.jpg
ink photo-3.jpg 'M 60,70 C 95,30 160,45 140,100 C 130,120 110,128 95,132 C 150,130 175,170 150,205 C 125,240 75,235 58,212'
