#!/usr/bin/env bash
# Draws the sample pictures bundled with the Activation maps page (ImageMagick 6 or 7).
#
#   car.png, person.png   the lecture's example of why edges help: a car drawn only with straight
#                         lines and sharp corners, a person drawn only with round shapes. Their edge
#                         maps differ at a glance: corners and straight runs versus smooth curves.
#   checkerboard.png      hard vertical and horizontal edges of equal strength: sobel-x lights the
#                         vertical ones only, sobel-y the horizontal ones only.
#   face.png              a face-like drawing: round outlines, small dark details, a soft shadow.
#   digit.png             a handwritten-looking 3, white on black like the MNIST digits (280×280,
#                         ten times MNIST's 28×28).
#
# The pictures were made for this project with this script; rerun it after changing a drawing.
# Output is byte-for-byte reproducible (no timestamps in the PNG files).
set -euo pipefail
cd "$(dirname "$0")"

im=convert
command -v magick >/dev/null 2>&1 && im=magick

# Strip metadata and time chunks so a rerun gives identical files.
png_opts=(-depth 8 -strip -define png:exclude-chunks=date,time)

# Car: hard edges only. Body, cabin and bumpers are polygons; the wheels are octagons.
"$im" -size 400x260 gradient:'#dfe8f0-#b8c4cf' \
  -fill '#7a7f86' -draw "rectangle 0,215 400,260" \
  -fill '#c0392b' -stroke '#5a1a14' -strokewidth 3 \
  -draw "polygon 40,150 70,150 120,95 270,95 320,150 365,152 372,200 32,200" \
  -fill '#d9e6f2' -stroke '#5a1a14' -strokewidth 3 \
  -draw "polygon 130,105 190,105 190,148 90,148" \
  -draw "polygon 200,105 262,105 305,148 200,148" \
  -fill '#f4d03f' -stroke '#5a1a14' -strokewidth 2 -draw "rectangle 345,160 368,174" \
  -fill '#2c2c2c' -stroke '#111111' -strokewidth 2 \
  -draw "polygon 92,178 118,178 136,196 136,222 118,240 92,240 74,222 74,196" \
  -draw "polygon 272,178 298,178 316,196 316,222 298,240 272,240 254,222 254,196" \
  -fill '#9a9a9a' -stroke none \
  -draw "rectangle 96,200 114,218" -draw "rectangle 276,200 294,218" \
  "${png_opts[@]}" car.png

# Person: round edges only. Head and hands are circles, body and limbs ellipses and round-capped
# strokes.
"$im" -size 260x400 gradient:'#e9f0e4-#c6d3bd' \
  -fill none -stroke '#2e4a7d' -strokewidth 26 -draw "stroke-linecap round path 'M 100,250 Q 92,310 88,365'" \
  -draw "stroke-linecap round path 'M 160,250 Q 168,310 172,365'" \
  -fill '#3b6fb6' -stroke '#1f3c66' -strokewidth 3 -draw "ellipse 130,185 52,80 0,360" \
  -fill none -stroke '#3b6fb6' -strokewidth 22 \
  -draw "stroke-linecap round path 'M 88,140 Q 52,190 60,245'" \
  -draw "stroke-linecap round path 'M 172,140 Q 208,190 200,245'" \
  -fill '#f1c27d' -stroke '#8a5a2b' -strokewidth 3 \
  -draw "circle 60,250 60,264" -draw "circle 200,250 200,264" \
  -draw "circle 130,70 130,112" \
  -fill '#5b3a1e' -stroke none -draw "ellipse 130,52 40,22 180,360" \
  "${png_opts[@]}" person.png

# Checkerboard: 8×8 squares of 32 px.
"$im" -size 2x2 xc:'#e6e6e6' -fill '#202020' -draw "point 1,0" -draw "point 0,1" \
  -filter point -resize 64x64 -write mpr:tile +delete \
  -size 256x256 tile:mpr:tile -type TrueColor \
  "${png_opts[@]}" checkerboard.png

# Face: a round outline, eyes, eyebrows, nose and a smile, with a soft shadow beside the face.
"$im" -size 300x300 xc:'#f3efe6' \
  -fill '#d8cfc0' -stroke none -draw "circle 162,162 162,282" -blur 0x8 \
  -fill '#f0c8a0' -stroke '#6b4426' -strokewidth 4 -draw "circle 150,150 150,265" \
  -fill white -stroke '#3a2614' -strokewidth 3 -draw "ellipse 110,125 20,13 0,360" \
  -draw "ellipse 190,125 20,13 0,360" \
  -fill '#3a2614' -stroke none -draw "circle 112,126 112,134" -draw "circle 192,126 192,134" \
  -fill none -stroke '#3a2614' -strokewidth 6 \
  -draw "stroke-linecap round path 'M 86,96 Q 110,82 134,94'" \
  -draw "stroke-linecap round path 'M 166,94 Q 190,82 214,96'" \
  -strokewidth 4 -draw "stroke-linecap round path 'M 150,135 Q 140,172 156,180'" \
  -stroke '#a0342c' -strokewidth 7 -draw "stroke-linecap round path 'M 105,205 Q 150,240 195,205'" \
  "${png_opts[@]}" face.png

# Digit: a 3 drawn with a thick round pen, softened like MNIST's anti-aliased strokes.
"$im" -size 280x280 xc:black \
  -fill none -stroke white -strokewidth 30 \
  -draw "stroke-linecap round stroke-linejoin round path 'M 80,70 Q 140,30 185,65 Q 215,100 175,128 Q 150,140 125,140'" \
  -draw "stroke-linecap round stroke-linejoin round path 'M 125,140 Q 160,140 188,160 Q 220,200 180,228 Q 130,255 78,215'" \
  -blur 0x2 -colorspace Gray \
  "${png_opts[@]}" digit.png
