// Opening a CNN exported from PyTorch on Inside the network: the import dialog shows each ONNX
// node as the layer it became and asks for the normalisation and the class names; the model
// then flows layer by layer with the normalised input; a file ConvScope cannot read leaves the
// page's model in place with one sentence naming the node. The model shown saves as ONNX and as a
// ConvScope model, and shows as PyTorch code.
#include "tests/catch.h"

#include "core/data/fit_to_input.h"
#include "core/nn/model_file.h"
#include "core/nn/pytorch_code.h"
#include "core/onnx/onnx_reader.h"
#include "ui/model_store.h"
#include "ui/network/network_model.h"
#include "ui/network/network_page.h"
#include "ui/network/onnx_import_dialog.h"
#include "ui/widgets/pytorch_code_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include <onnx/onnx_pb.h>

using namespace convscope;
using namespace convscope::ui;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

// Until `done` or ten seconds: reading a file happens on a thread of its own.
template <typename Done>
bool waitFor(Done done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 10'000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

QString fixture(const char* name)
{
    return QStringLiteral(CONVSCOPE_SOURCE_DIR "/tests/onnx/data/") + QString::fromLatin1(name);
}

struct Fixture {
    ModelStore store;
    NetworkPage page{&store};

    Fixture()
    {
        page.setAttribute(Qt::WA_DontShowOnScreen);
        page.resize(1150, 760);
        page.show();
        settle();
        REQUIRE(page.model()->hasModel());
    }

    OnnxImportDialog* open(const QString& path)
    {
        page.openModelFile(path);
        REQUIRE(waitFor([this] { return page.importDialog() != nullptr; }));
        return page.importDialog();
    }
};

QPushButton* okButton(OnnxImportDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("an ONNX model opens through the import dialog, normalised as chosen, with its class names")
{
    Fixture f;
    OnnxImportDialog* dialog = f.open(fixture("batchnorm-opset13.onnx"));
    const core::OnnxModel expected = core::loadOnnx(fixture("batchnorm-opset13.onnx").toStdString());

    // Each node as the layer it became, with its output shape.
    QTableWidget* layers = dialog->layerTable();
    REQUIRE(layers->rowCount() == static_cast<int>(expected.model.spec.layers.size()));
    CHECK(layers->item(0, 0)->text() == QString::fromStdString(expected.layerNodes[0]));
    CHECK(layers->item(0, 0)->text().endsWith(QStringLiteral("(Conv)")));
    CHECK(layers->item(0, 1)->text() == QStringLiteral("conv 8 3 pad 1"));
    CHECK(layers->item(0, 2)->text() == QStringLiteral("[28, 28, 8]"));

    // None is the default: pixel / 255 as it is. Names start as 0 … 9.
    CHECK(dialog->meanEdit()->text() == QStringLiteral("0"));
    CHECK(dialog->stdEdit()->text() == QStringLiteral("1"));
    CHECK(dialog->namesEdit()->toPlainText().startsWith(QStringLiteral("0\n1\n2")));
    CHECK(okButton(dialog)->isEnabled());

    dialog->presetBox()->setCurrentIndex(1); // MNIST
    CHECK(dialog->meanEdit()->text() == QStringLiteral("0.1307"));
    CHECK(dialog->stdEdit()->text() == QStringLiteral("0.3081"));
    CHECK(dialog->meanEdit()->isReadOnly());

    // Nine names for ten outputs cannot be taken; a file with ten can.
    dialog->namesEdit()->setPlainText(QStringLiteral("zero\none\ntwo\nthree\nfour\nfive\nsix\nseven\neight"));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK(dialog->problem().contains(QStringLiteral("10 outputs")));
    QTemporaryDir folder;
    QFile names(folder.filePath(QStringLiteral("names.txt")));
    REQUIRE(names.open(QIODevice::WriteOnly));
    names.write("zero\r\none\r\ntwo\r\nthree\r\nfour\r\nfive\r\nsix\r\nseven\r\neight\r\nnine\r\n");
    names.close();
    REQUIRE(dialog->readNames(names.fileName()));
    CHECK(okButton(dialog)->isEnabled());

    okButton(dialog)->click();
    settle();
    CHECK(f.page.importDialog() == nullptr);
    REQUIRE(f.store.model() != nullptr);
    CHECK(f.store.origin() == QStringLiteral("batchnorm-opset13.onnx"));
    const core::Model& model = *f.store.model();
    CHECK(model.spec == expected.model.spec);
    CHECK(model.metadata.inputMean == std::vector<float>{0.1307f});
    CHECK(model.metadata.inputStd == std::vector<float>{0.3081f});
    CHECK(model.metadata.classNames.front() == "zero");
    CHECK(model.metadata.classNames.back() == "nine");

    // The page shows it layer by layer, the first column the normalised picture.
    NetworkModel& shown = *f.page.model();
    REQUIRE(waitFor([&] { return shown.hasModel() && shown.model() == f.store.model(); }));
    settle();
    REQUIRE(shown.stageCount() == static_cast<int>(model.spec.layers.size()) + 1);
    CHECK(shown.stageValues(0) == core::normaliseChannels(shown.input(), {0.1307f}, {0.3081f}));
    CHECK(shown.mapRange(0, 0).min == -0.1307f / 0.3081f);
    CHECK(shown.classNames().front() == QStringLiteral("zero"));
    core::Network<float> network = model.toNetwork();
    CHECK(shown.probabilities() == network.classify(shown.stageValues(0)));
}

TEST_CASE("the import dialog refuses a normalisation that does not fit and can be cancelled")
{
    Fixture f;
    const std::shared_ptr<const core::Model> before = f.store.sharedModel();
    OnnxImportDialog* dialog = f.open(fixture("colour-opset7.onnx"));
    // A colour network is offered ImageNet's values too.
    CHECK(dialog->presetBox()->findText(QStringLiteral("ImageNet"), Qt::MatchStartsWith) >= 0);
    dialog->presetBox()->setCurrentIndex(dialog->presetBox()->count() - 1); // typed
    CHECK_FALSE(dialog->meanEdit()->isReadOnly());
    dialog->meanEdit()->setText(QStringLiteral("0.5, 0.5"));
    emit dialog->meanEdit()->textEdited(dialog->meanEdit()->text());
    CHECK(dialog->problem().contains(QStringLiteral("3 channels")));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    dialog->meanEdit()->setText(QStringLiteral("0.5"));
    dialog->stdEdit()->setText(QStringLiteral("0"));
    emit dialog->stdEdit()->textEdited(dialog->stdEdit()->text());
    CHECK(dialog->problem().contains(QStringLiteral("above 0")));
    dialog->reject();
    settle();
    CHECK(f.store.sharedModel() == before);
}

TEST_CASE("an ONNX file with an operator ConvScope lacks leaves the page's model, naming the node")
{
    Fixture f;
    const std::shared_ptr<const core::Model> before = f.store.sharedModel();
    onnx::ModelProto proto;
    QFile original(fixture("tutorial-opset13.onnx"));
    REQUIRE(original.open(QIODevice::ReadOnly));
    REQUIRE(proto.ParseFromString(original.readAll().toStdString()));
    proto.mutable_graph()->mutable_node(1)->set_op_type("Resize");
    proto.mutable_graph()->mutable_node(1)->set_name("Resize_7");
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("resize.onnx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(proto.SerializeAsString()));
    file.close();

    f.page.openModelFile(path);
    QLabel* message = f.page.messageLabel();
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("Resize")); }));
    CHECK(message->text().contains(QStringLiteral("node 'Resize_7' uses the ONNX operator Resize, which ConvScope does not support")));
    CHECK(f.page.importDialog() == nullptr);
    CHECK(f.store.sharedModel() == before);
}

TEST_CASE("the model shown saves as ONNX and as a ConvScope model, and shows as PyTorch code")
{
    Fixture f;
    const core::Model model = *f.store.model();
    QTemporaryDir folder;
    const QString onnxPath = folder.filePath(QStringLiteral("shown.onnx"));
    const QString modelPath = folder.filePath(QStringLiteral("shown.csmodel"));
    // Each save on a thread of its own, reported when done.
    const auto save = [&](const QString& path) {
        QString reported = QStringLiteral("none");
        QString problem;
        const QMetaObject::Connection connection
            = QObject::connect(&f.page, &NetworkPage::modelSaved, [&](const QString& saved, const QString& why) {
                  reported = saved;
                  problem = why;
              });
        f.page.saveModel(path);
        waitFor([&] { return reported == path; });
        QObject::disconnect(connection);
        return problem;
    };
    REQUIRE(save(onnxPath).isEmpty());
    CHECK(f.page.messageLabel()->text() == QStringLiteral("Saved as “shown.onnx”."));
    REQUIRE(save(modelPath).isEmpty());
    const core::OnnxModel reread = core::loadOnnx(onnxPath.toStdString());
    CHECK(reread.model.spec == model.spec);
    CHECK(reread.model.parameters == model.parameters);
    CHECK(core::loadModel(modelPath.toStdString()).parameters == model.parameters);
    CHECK_THAT(save(folder.filePath(QStringLiteral("missing/shown.onnx"))).toStdString(),
               Catch::Matchers::Contains("missing"));
    CHECK(f.page.messageLabel()->text().contains(QStringLiteral("missing")));

    PytorchCodeDialog* code = f.page.showPytorchCode();
    REQUIRE(code != nullptr);
    CHECK(code->code().toStdString() == core::pytorchCode(model.spec, core::PytorchTraining::fromMetadata(model.metadata)));
    const QString script = folder.filePath(QStringLiteral("net.py"));
    REQUIRE(code->saveTo(script));
    QFile saved(script);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(saved.readAll()) == code->code());
    code->close();
}
