#pragma once

#include "ui/widgets/gif_export_dialog.h"

#include <QImage>
#include <QObject>
#include <QRect>
#include <QString>

#include <functional>

class QPushButton;
class QWidget;

namespace convscope::ui {

class StepPlayer;

// Records a page's step sequence as an animated GIF with the page's own painting code: for each
// position the player is moved there, the page updates as it does on screen, and the part of the
// page given by `region` (the views and the sum, not the controls) is drawn into an image scaled
// to the chosen width. The player's position and playing state are restored afterwards.
//
// Drawing needs the GUI thread; the colour reduction (io::PaletteQuantiser, palette from the
// first, middle and last frames) and the GIF encoding (io::GifWriter) run on a worker thread
// that takes frames from a short queue, so the window stays responsive and a cancel stops both.
class StepAnimationExport : public QObject {
    Q_OBJECT

public:
    // The last frame stays at least this long, so the finished output can be read before the loop.
    static constexpr int lastFrameCentiseconds = 200;

    // `region` gives the part of `page` to record, in page coordinates.
    StepAnimationExport(QWidget* page, StepPlayer* player, std::function<QRect()> region);

    // The recorded region at `position`, `width` pixels wide. The height follows the region's
    // proportions, or is `height` when given: the region's height changes with the step (a
    // longer sum), and every frame of a GIF has one size, the rest filled with the background.
    QImage renderFrame(int position, int width, int height = 0);
    // Writes the GIF. `progress(done, total)` is called on the GUI thread after each frame and
    // returns false to cancel. Returns an empty string on success, else a translated sentence
    // (cancelling is not an error: the file is then left as it was and "cancelled" set).
    QString write(const QString& path, const AnimationOptions& options,
                  const std::function<bool(int, int)>& progress, bool* cancelled = nullptr);

    // The whole flow behind "Save animation as GIF…": the dialog, the file name, a cancellable
    // progress dialog and any error as a message over `page`.
    static void run(QWidget* page, StepPlayer* player, std::function<QRect()> region, const QString& baseName);
    // The "Save animation as GIF…" button that starts run() with these arguments; it takes the
    // focus by Tab only, leaving Space and the arrows to the page's player. Named
    // "saveGifButton", which presentation mode hides.
    static QPushButton* makeButton(QWidget* page, StepPlayer* player, std::function<QRect()> region,
                                   const QString& baseName);

private:
    QWidget* m_page;
    StepPlayer* m_player;
    std::function<QRect()> m_region;
};

} // namespace convscope::ui
