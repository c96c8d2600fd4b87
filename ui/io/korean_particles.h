#pragma once

#include <QString>

namespace convscope::io {

// Korean attaches a different particle after a word that ends in a consonant (받침) than after one
// that ends in a vowel: "26이", "96.4%를", "3으로", "1로". A translation cannot know the number or
// name that fills %1, so the Korean texts write both forms, "%1이(가)", and this picks the one the
// word before it needs, as Korean software does. Numbers are read as Korean reads them (26 이십육,
// 100 백, 0.5 영점오), '%' as 퍼센트, Latin words by their last letters; after anything else the
// double form stays, which is still correct Korean. Texts without these forms pass unchanged, so
// English texts can go through it too.
QString fitKoreanParticles(const QString& text);

} // namespace convscope::io
