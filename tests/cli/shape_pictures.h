#pragma once

#include <QString>
#include <QStringList>

namespace convscope::test {

// A class's own picture folder, drawn at test time: ROOT/circle, ROOT/filled square and ROOT/삼각형
// (a triangle), `perClass` pictures each of many sizes and proportions, in PNG and JPEG, each shape
// in a colour of its own on a light background of its own, placed and sized at random from `seed`.
// Among them, as a class's folder would hold: a damaged PNG (ROOT/circle/broken.png, its data cut
// short) and a text file (ROOT/filled square/notes.txt). Returns the class names in their order.
QStringList writeShapePictures(const QString& root, int perClass, unsigned seed = 1);

// The two files above that are no picture, as the reader names them ("class/file: why").
inline constexpr int shapeFolderSkippedFiles = 2;

} // namespace convscope::test
