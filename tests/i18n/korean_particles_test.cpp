// The particle after a filled-in word follows the word's last sound, the way a Korean reads it.
#include "tests/catch.h"
#include "tests/ui/catch_qstring.h"

#include "ui/io/korean_particles.h"
#include "ui/io/output_size_text.h"
#include "ui/io/translations.h"

using convscope::io::fitKoreanParticles;

TEST_CASE("fitKoreanParticles: numbers as they are read")
{
    CHECK(fitKoreanParticles(QStringLiteral("26이(가) 남습니다")) == QStringLiteral("26이 남습니다"));     // 이십육
    CHECK(fitKoreanParticles(QStringLiteral("2이(가) 남습니다")) == QStringLiteral("2가 남습니다"));       // 이
    CHECK(fitKoreanParticles(QStringLiteral("스트라이드 3(으)로")) == QStringLiteral("스트라이드 3으로")); // 삼
    CHECK(fitKoreanParticles(QStringLiteral("스트라이드 1(으)로")) == QStringLiteral("스트라이드 1로"));   // 일
    CHECK(fitKoreanParticles(QStringLiteral("스트라이드 2(으)로")) == QStringLiteral("스트라이드 2로"));   // 이
    CHECK(fitKoreanParticles(QStringLiteral("10은(는)")) == QStringLiteral("10은"));                       // 십
    CHECK(fitKoreanParticles(QStringLiteral("0은(는)")) == QStringLiteral("0은"));                         // 영
    CHECK(fitKoreanParticles(QStringLiteral("0.5은(는)")) == QStringLiteral("0.5는"));                     // 영점오
    CHECK(fitKoreanParticles(QStringLiteral("0.50은(는)")) == QStringLiteral("0.50은"));                   // 영점오영
    CHECK(fitKoreanParticles(QStringLiteral("96.4%을(를)")) == QStringLiteral("96.4%를"));                 // 퍼센트
    CHECK(fitKoreanParticles(QStringLiteral("−9은(는)")) == QStringLiteral("−9는"));                       // 구
}

TEST_CASE("fitKoreanParticles: Korean and Latin words, quotes and marks")
{
    CHECK(fitKoreanParticles(QStringLiteral("학습률이(가)")) == QStringLiteral("학습률이"));
    CHECK(fitKoreanParticles(QStringLiteral("필터이(가)")) == QStringLiteral("필터가"));
    CHECK(fitKoreanParticles(QStringLiteral("필터과(와) 맵")) == QStringLiteral("필터와 맵"));
    CHECK(fitKoreanParticles(QStringLiteral("손실(으)로")) == QStringLiteral("손실로"));
    CHECK(fitKoreanParticles(QStringLiteral("입력(으)로")) == QStringLiteral("입력으로"));
    CHECK(fitKoreanParticles(QStringLiteral("'abc'은(는)")) == QStringLiteral("'abc'는"));
    CHECK(fitKoreanParticles(QStringLiteral("“model”은(는)")) == QStringLiteral("“model”은"));
    CHECK(fitKoreanParticles(QStringLiteral("--epochs은(는)")) == QStringLiteral("--epochs는"));
    CHECK(fitKoreanParticles(QStringLiteral("map.png을(를)")) == QStringLiteral("map.png를"));           // 피엔지
    CHECK(fitKoreanParticles(QStringLiteral("SGD을(를)")) == QStringLiteral("SGD를"));                   // 에스지디
    CHECK(fitKoreanParticles(QStringLiteral("NaN이(가)")) == QStringLiteral("NaN이"));                   // 난
    CHECK(fitKoreanParticles(QStringLiteral("URL을(를)")) == QStringLiteral("URL을"));                   // 유알엘
}

TEST_CASE("fitKoreanParticles: what it cannot read, and texts without the forms, stay as they are")
{
    CHECK(fitKoreanParticles(QStringLiteral("→은(는)")) == QStringLiteral("→은(는)"));
    CHECK(fitKoreanParticles(QStringLiteral("(가)")) == QStringLiteral("(가)"));
    CHECK(fitKoreanParticles(QStringLiteral("Width (px) is 3 (odd)")) == QStringLiteral("Width (px) is 3 (odd)"));
    CHECK(fitKoreanParticles(QStringLiteral("1이(가) 2을(를) 3(으)로")) == QStringLiteral("1이 2를 3으로"));
}

TEST_CASE("Korean sentences with numbers in them carry the particle the number needs")
{
    using convscope::io::OutputSizeText;
    using convscope::io::Translations;
    REQUIRE(Translations::install(QStringLiteral("ko")));
    struct EnglishAfterwards {
        ~EnglishAfterwards() { Translations::install(QStringLiteral("en")); }
    } english;
    // W_in − F + 2P = 28 − 3 + 0 = 25 (이십오: 가), stride 1 (일: 로) and 3 (삼: 으로).
    const OutputSizeText::Terms byOne{28, 3, 1, 0, 1};
    const QString one = OutputSizeText::explanation(OutputSizeText::Axis::Width,
                                                    convscope::core::outputSize(28, 3, 1, 0, 1), byOne);
    CHECK(one.contains(QStringLiteral("25가 스트라이드 1로")));
    const OutputSizeText::Terms byThree{27, 3, 3, 0, 1};
    const QString three = OutputSizeText::explanation(OutputSizeText::Axis::Width,
                                                      convscope::core::outputSize(27, 3, 3, 0, 1), byThree);
    CHECK(three.contains(QStringLiteral("24가 스트라이드 3으로")));
    CHECK_FALSE(three.contains(QStringLiteral("(가)")));
}
