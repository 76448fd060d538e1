#include "vision/visionview.h"

#include "shell/preferences.h"

#include "workshop/capturebar.h"

#include "export/visionexport.h"
#include "storage/document.h"
#include "vision/visioncanvas.h"
#include "vision/visionnoteeditor.h"
#include "widgets/flowlayout.h"
#include "domain/dates.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {
// Settings ▸ Configure Valuemap… chooses the paper (the locale's, until a choice is made).
bool usesLetter()
{
    return Preferences::paperSize() == QPageSize::Letter;
}
} // namespace

VisionView::VisionView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The header: what the vision statement is of, whose, which version, of when.
    auto *header = new QWidget(this);
    header->setObjectName(u"visionHeader"_s);
    // A flow: on a narrow window the fields wrap onto a second line, each beside its label.
    auto *row = new FlowLayout(header);
    row->setContentsMargins(10, 6, 10, 6);
    auto field = [&](const QString &label, QWidget *editor, bool takesSpare) {
        auto *l = new QLabel(label, header);
        l->setBuddy(editor);
        // Only the owner takes the row's spare width: a line edit expands by default, and one
        // held to a maximum width (the version, the keys) would leave the spare as a gap
        // between its label and itself.
        editor->setSizePolicy(takesSpare ? QSizePolicy::Expanding : QSizePolicy::Preferred,
                              editor->sizePolicy().verticalPolicy());
        row->addWidget(flowGroup(header, { l, editor }));
    };
    m_name = new QLineEdit(header);
    m_name->setObjectName(u"productName"_s);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    m_owner = new QLineEdit(header);
    m_owner->setObjectName(u"productOwner"_s);
    m_version = new QLineEdit(header);
    m_version->setObjectName(u"productVersion"_s);
    m_version->setMaximumWidth(90);
    m_keyPrefix = new QLineEdit(header);
    m_keyPrefix->setObjectName(u"storyKeyPrefix"_s);
    m_keyPrefix->setMaximumWidth(70);
    m_keyPrefix->setMaxLength(6);
    m_keyPrefix->setToolTip(tr("The prefix of the story keys (BT in BT-42): 1 to 6 letters A to Z"));
    m_date = new QDateEdit(header);
    m_date->setObjectName(u"visionDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFormat());
    m_language = new QComboBox(header);
    m_language->setObjectName(u"planLanguage"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_language->addItem(tr("German"), u"de"_s);
    m_language->setToolTip(tr("The language of the board's titles, on screen and on paper"));
    field(tr("&Product:"), m_name, false);
    field(tr("&Owner:"), m_owner, true);
    field(tr("&Version:"), m_version, false);
    field(tr("&Keys:"), m_keyPrefix, false);
    field(tr("&Date:"), m_date, false);
    field(tr("&Language:"), m_language, false);

    auto textField = [this](QLineEdit *edit, ProductField f) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, f] {
            if (edit->isModified())
                m_document->setProductField(f, edit->text());
            edit->setModified(false);
        });
    };
    textField(m_name, ProductField::Name);
    textField(m_owner, ProductField::Owner);
    textField(m_version, ProductField::Version);
    textField(m_keyPrefix, ProductField::KeyPrefix);
    // Only a date the user changed is saved: passing through the field (which shows today for
    // a plan without a date) must not write one.
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_refreshing)
            m_dateEdited = true;
    });
    connect(m_date, &QDateEdit::editingFinished, this, [this] {
        if (m_dateEdited && m_date->date() != m_document->product().visionDate)
            m_document->setProductField(ProductField::VisionDate, m_date->date());
        m_dateEdited = false;
    });
    connect(m_language, &QComboBox::activated, this,
        [this] { m_document->setProductField(ProductField::Language, m_language->currentData()); });

    m_canvas = new VisionCanvas(document, this);

    // Zoom and full screen, for the big screen in a workshop.
    QList<QWidget *> tools;
    auto addTool = [&](const QString &text, const QString &shortText, const QKeySequence &key,
                       auto slot) {
        auto *action = new QAction(text, this);
        action->setIconText(shortText);
        action->setToolTip(key.isEmpty()
                ? text
                : QString(text + u" ("_s + key.toString(QKeySequence::NativeText) + u')'));
        action->setShortcuts({ key });
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_planActions.append(action);
        auto *button = new QToolButton(header);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        tools.append(button);
        return action;
    };
    // The Plan menu's commands for the board; their keys work when the board has the focus
    // (not inside a note being edited, where Ins and Del belong to the text).
    auto noteAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_canvas->addAction(action);
        m_planActions.append(action);
        m_editActions.append(action); // each of them changes the plan
    };
    noteAction(tr("&Add Note"), QKeySequence(Qt::Key_Insert),
        [this] { m_canvas->addNoteAfterSelection(); });
    noteAction(tr("&Edit Note"), QKeySequence(Qt::Key_F2), [this] {
        if (m_canvas->selectedNotes().size() == 1)
            m_canvas->editNote(m_canvas->selectedNotes().first());
    });
    noteAction(tr("Move Note &Up"), QKeySequence(Qt::CTRL | Qt::Key_Up),
        [this] { m_canvas->moveSelected(-1); });
    noteAction(tr("Move Note &Down"), QKeySequence(Qt::CTRL | Qt::Key_Down),
        [this] { m_canvas->moveSelected(1); });
    noteAction(tr("&Delete Notes"), QKeySequence(QKeySequence::Delete),
        [this] { m_canvas->deleteSelected(); });
    noteAction(tr("Add &Persona"), QKeySequence(), [this] { m_canvas->addPersona(); });
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_planActions.append(separator);

    addTool(tr("Zoom In"), u"+"_s, QKeySequence::ZoomIn, [this] { m_canvas->zoomIn(); });
    addTool(tr("Zoom Out"), u"\u2212"_s, QKeySequence::ZoomOut, [this] { m_canvas->zoomOut(); });
    addTool(tr("Fit Width"), tr("Fit"), QKeySequence(Qt::CTRL | Qt::Key_0),
        [this] { m_canvas->zoomToFit(); });
    // No key of its own: View ▸ Full Screen (F11) is the window's, on every tab.
    addTool(tr("Full Screen"), tr("Full Screen"), QKeySequence(), [this] {
        QWidget *w = window();
        w->setWindowState(w->windowState() ^ Qt::WindowFullScreen);
    });

    row->addWidget(flowGroup(header, tools));
    layout->addWidget(header);
    layout->addWidget(m_canvas, 1);
    m_capture = createVisionCaptureBar(m_canvas, this);
    m_capture->hide();
    layout->addWidget(m_capture);

    auto fileAction = [this](const QString &text, void (VisionView::*slot)()) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this, slot);
        m_fileActions.append(action);
        return action;
    };
    fileAction(tr("Export Vision Statement as &PDF…"), &VisionView::exportPdfDialog);
    fileAction(tr("Export Vision as Pictur&e (PNG)…"), &VisionView::exportPngDialog);
    // Printing is File ▸ Print…, for whichever tab is in front (shell/printactions.h).

    connect(m_document, &Document::changed, this, &VisionView::refreshHeader);
    refreshHeader();
    // A server plan that goes offline takes no edits until it is back: nor do these fields and
    // the notes' commands. (The capture bar stays: Enter there says why nothing is added.)
    auto followWritable = [this] {
        const bool writable = !m_document->isReadOnly();
        for (QWidget *w : { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_owner),
                 static_cast<QWidget *>(m_version), static_cast<QWidget *>(m_keyPrefix),
                 static_cast<QWidget *>(m_date),
                 static_cast<QWidget *>(m_language) })
            w->setEnabled(writable);
        for (QAction *action : std::as_const(m_editActions))
            action->setEnabled(writable);
    };
    connect(m_document, &Document::writableChanged, this, followWritable);
    followWritable();
}

void VisionView::refreshHeader()
{
    const Product product = m_document->product();
    auto set = [](QLineEdit *edit, const QString &text) {
        if (!edit->hasFocus() && edit->text() != text) {
            edit->setText(text);
            edit->setCursorPosition(0); // show the start of a long name
        }
    };
    set(m_name, product.name);
    set(m_owner, product.owner);
    // The product's name and its owner's at least as wide as their text (within bounds): where
    // the row has no room for them, the flow wraps the fields onto a second row rather than
    // cutting a name. The owner also takes the rest of its row.
    auto fit = [](QLineEdit *edit, int floor, int cap) {
        const int text = edit->fontMetrics().horizontalAdvance(edit->text())
                + 2 * edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit) + 8;
        edit->setMinimumWidth(std::clamp(text, floor, cap));
    };
    fit(m_name, 200, 440);
    fit(m_owner, 120, 320);
    set(m_version, product.version);
    set(m_keyPrefix, m_document->keyPrefix());
    if (!m_date->hasFocus()) {
        m_refreshing = true;
        m_date->setDate(product.visionDate.isValid() ? product.visionDate : QDate::currentDate());
        m_refreshing = false;
    }
    m_language->setCurrentIndex(product.language.startsWith("de"_L1) ? 1 : 0);
}

void VisionView::showError(const QString &text)
{
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Export failed"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"valuemapMessage"_s);
    box->open();
}

QString VisionView::suggestedPath(const QString &suffix) const
{
    const QFileInfo plan(m_document->filePath());
    QString name = m_document->product().name;
    if (name.isEmpty())
        name = plan.completeBaseName();
    name.replace(QRegularExpression(u"[/\\\\:*?\"<>|]"_s), u"-"_s);
    return plan.dir().filePath(tr("%1 – Vision").arg(name) + suffix);
}

bool VisionView::exportPdf(const QString &path, bool letter)
{
    QString error;
    QString warning;
    if (!VisionExport::writePdf(
            *m_document, path, letter ? QPageSize::Letter : QPageSize::A4, &error, &warning)) {
        showError(error);
        return false;
    }
    if (!warning.isEmpty())
        showError(warning);
    return true;
}

bool VisionView::exportPng(const QString &path)
{
    QString error;
    if (!VisionExport::writePng(
            *m_document, path, usesLetter() ? QPageSize::Letter : QPageSize::A4, 200, &error)) {
        showError(error);
        return false;
    }
    return true;
}

void VisionView::exportPdfDialog()
{
    const QString a4 = tr("PDF, A4 landscape (*.pdf)");
    const QString letter = tr("PDF, Letter landscape (*.pdf)");
    QString filter = usesLetter() ? letter : a4;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Vision Statement as PDF"),
        suggestedPath(u".pdf"_s), a4 + u";;"_s + letter, &filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(".pdf"_L1, Qt::CaseInsensitive))
        path += u".pdf"_s;
    exportPdf(path, filter == letter);
}

void VisionView::exportPngDialog()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Vision as Picture"), suggestedPath(u".png"_s), tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(".png"_L1, Qt::CaseInsensitive))
        path += u".png"_s;
    exportPng(path);
}

} // namespace Valuemap
