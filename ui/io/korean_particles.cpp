#include "ui/io/korean_particles.h"

#include <array>
#include <optional>

namespace convscope::io {

namespace {

// How the word before a particle ends, as far as the particle cares.
enum class Ending { Vowel, Consonant, Rieul };

std::optional<Ending> hangulEnding(QChar syllable)
{
    const int code = syllable.unicode();
    if (code < 0xAC00 || code > 0xD7A3)
        return std::nullopt;
    const int finalConsonant = (code - 0xAC00) % 28;
    if (finalConsonant == 0)
        return Ending::Vowel;
    return finalConsonant == 8 ? Ending::Rieul : Ending::Consonant; // 8 is ㄹ
}

// The last sound of a number ending at `end`: its last non-zero digit read alone (일, 이, … 구), or,
// after zeros, the place it names (십, 백, 천, 만), or 영 for zero itself.
Ending numberEnding(const QString& text, qsizetype end)
{
    // digit 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구
    static constexpr std::array<Ending, 10> digit{Ending::Consonant, Ending::Rieul, Ending::Vowel,
                                                  Ending::Consonant, Ending::Vowel, Ending::Vowel,
                                                  Ending::Consonant, Ending::Rieul, Ending::Rieul,
                                                  Ending::Vowel};
    qsizetype zeros = 0;
    qsizetype i = end;
    while (i >= 0 && text[i] == QLatin1Char('0')) {
        ++zeros;
        --i;
    }
    const bool wholeNumberBefore = i >= 0 && text[i].isDigit();
    if (zeros == 0)
        return digit[static_cast<std::size_t>(text[end].digitValue())];
    if (!wholeNumberBefore)
        return Ending::Consonant; // 영
    // A fraction's trailing zeros are read one by one (0.50 영점오영); a whole number's name a place.
    for (qsizetype j = i; j >= 0 && (text[j].isDigit() || text[j] == QLatin1Char('.')); --j) {
        if (text[j] == QLatin1Char('.'))
            return Ending::Consonant;
    }
    return zeros == 12 ? Ending::Vowel : Ending::Consonant; // 조; else 십, 백, 천, 만, 억 …
}

// English words as Korean writes them: "model" 모델, "item" 아이템, "option" 옵션, "ring" 링.
Ending latinEnding(const QString& text, qsizetype end)
{
    qsizetype start = end;
    while (start > 0 && text[start - 1].isLetter() && text[start - 1].unicode() < 0x80)
        --start;
    const QChar last = text[end];
    // Capitals and file suffixes are read letter by letter: "SGD" 에스지디, "map.png" 맵 점 피엔지.
    const bool lettersByName = (last.isUpper() && (end == 0 || !text[end - 1].isLower()))
                               || (start > 0 && text[start - 1] == QLatin1Char('.'));
    const char letter = static_cast<char>(last.toLower().toLatin1());
    if (lettersByName) {
        if (letter == 'l' || letter == 'r') // 엘, 알
            return Ending::Rieul;
        return letter == 'm' || letter == 'n' ? Ending::Consonant : Ending::Vowel; // 엠, 엔
    }
    if (letter == 'l')
        return Ending::Rieul;
    if (letter == 'm' || letter == 'n')
        return Ending::Consonant;
    if (letter == 'g' && end > start && text[end - 1].toLower() == QLatin1Char('n'))
        return Ending::Consonant; // "training" 트레이닝
    return Ending::Vowel;
}

bool isClosingMark(QChar c)
{
    return QStringLiteral("'\"”’)]»>」』").contains(c);
}

std::optional<Ending> endingBefore(const QString& text, qsizetype position)
{
    qsizetype i = position - 1;
    while (i >= 0 && isClosingMark(text[i]))
        --i;
    if (i < 0)
        return std::nullopt;
    const QChar c = text[i];
    if (auto ending = hangulEnding(c))
        return ending;
    if (c.isDigit())
        return numberEnding(text, i);
    if (c == QLatin1Char('%'))
        return Ending::Vowel; // 퍼센트
    if (c.isLetter() && c.unicode() < 0x80)
        return latinEnding(text, i);
    return std::nullopt;
}

struct Pair {
    const char16_t* written;
    const char16_t* afterConsonant;
    const char16_t* afterVowel;
    const char16_t* afterRieul;
};

constexpr std::array<Pair, 9> pairs{{
    {u"은(는)", u"은", u"는", u"은"},
    {u"는(은)", u"은", u"는", u"은"},
    {u"이(가)", u"이", u"가", u"이"},
    {u"가(이)", u"이", u"가", u"이"},
    {u"을(를)", u"을", u"를", u"을"},
    {u"를(을)", u"을", u"를", u"을"},
    {u"과(와)", u"과", u"와", u"과"},
    {u"와(과)", u"과", u"와", u"과"},
    {u"(으)로", u"으로", u"로", u"로"},
}};

} // namespace

QString fitKoreanParticles(const QString& text)
{
    if (!text.contains(QLatin1Char('(')))
        return text;
    QString result = text;
    for (const Pair& pair : pairs) {
        const QString written = QString::fromUtf16(pair.written);
        qsizetype from = 0;
        while ((from = result.indexOf(written, from)) >= 0) {
            const auto ending = endingBefore(result, from);
            if (!ending) {
                from += written.size();
                continue;
            }
            const char16_t* chosen = *ending == Ending::Vowel       ? pair.afterVowel
                                     : *ending == Ending::Rieul     ? pair.afterRieul
                                                                    : pair.afterConsonant;
            const QString replacement = QString::fromUtf16(chosen);
            result.replace(from, written.size(), replacement);
            from += replacement.size();
        }
    }
    return result;
}

} // namespace convscope::io
