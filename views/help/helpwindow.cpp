#include "helpwindow.h"
#include "handbook.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

const QString ShortcutsPage = u"shortcuts"_s;
constexpr int PageIdRole = Qt::UserRole;

// The page id of a handbook URL: qrc:/valuemap/handbook/en/map.md gives "map".
QString pageOfUrl(const QUrl &url)
{
    const QString file = url.fileName();
    return file.endsWith(".md"_L1) ? file.chopped(3) : QString();
}

// The screenshots are as wide as the window they show; on a page they get a reading width
// (the height follows).
void fitPictures(QTextDocument *document)
{
    constexpr qreal PictureWidth = 560;
    QList<QPair<int, int>> ranges;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                ranges.append({ it.fragment().position(), it.fragment().length() });
        }
    }
    for (const auto &[position, length] : std::as_const(ranges)) {
        QTextCursor cursor(document);
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        QTextImageFormat format = cursor.charFormat().toImageFormat();
        format.setWidth(PictureWidth);
        cursor.setCharFormat(format);
    }
}

// Pages not yet in the interface's language load in English (Handbook::resolved), also when a
// translated page links to them.
class HandbookBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        return QTextBrowser::loadResource(type, Handbook::resolved(name));
    }
};

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Valuemap Handbook"));
    setObjectName(u"helpWindow"_s);
    resize(900, 640);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(side);
    m_search->setPlaceholderText(tr("Search the handbook"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the handbook"));
    m_contents = new QListWidget(side);
    m_contents->setAccessibleName(tr("Contents"));
    for (const Handbook::Page &page : Handbook::pages()) {
        auto *item = new QListWidgetItem(page.title, m_contents);
        item->setData(PageIdRole, page.id);
    }
    auto *shortcuts = new QListWidgetItem(tr("Keyboard Shortcuts"), m_contents);
    shortcuts->setData(PageIdRole, ShortcutsPage);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_contents, 1);

    m_browser = new HandbookBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Handbook page"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 220, 680 });
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_contents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showPage(item->data(PageIdRole).toString()); });
    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(PageIdRole).toString() != m_current)
            showPage(item->data(PageIdRole).toString());
    });
    // Links between pages: keep the contents in step.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        fitPictures(m_browser->document());
        const QString id = pageOfUrl(url);
        if (!id.isEmpty()) {
            m_current = id;
            selectInContents(id);
        }
    });
    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::search);
    // Enter finds the words on the page shown, again and again.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_search->text().trimmed();
        if (text.isEmpty())
            return;
        if (!m_browser->find(text)) {
            m_browser->moveCursor(QTextCursor::Start);
            m_browser->find(text);
        }
    });
}

void HelpWindow::showPage(const QString &id)
{
    m_current = id;
    if (id == ShortcutsPage) {
        m_shortcutsMade = false; // the screens' actions change with the plan that is open
        m_browser->setHtml(shortcutsHtml());
    } else {
        m_browser->setSource(Handbook::url(id), QTextDocument::MarkdownResource);
    }
    selectInContents(id);
}

void HelpWindow::setShortcutsPage(const QString &html)
{
    setShortcutsSource([html] { return html; });
}

void HelpWindow::setShortcutsSource(std::function<QString()> source)
{
    m_shortcuts = std::move(source);
    m_shortcutsMade = false;
    if (m_current == ShortcutsPage)
        m_browser->setHtml(shortcutsHtml());
}

QString HelpWindow::shortcutsHtml()
{
    if (!m_shortcutsMade && m_shortcuts) {
        m_shortcutsHtml = m_shortcuts();
        m_shortcutsMade = true;
    }
    return m_shortcutsHtml;
}

void HelpWindow::selectInContents(const QString &id)
{
    for (int row = 0; row < m_contents->count(); ++row) {
        QListWidgetItem *item = m_contents->item(row);
        if (item->data(PageIdRole).toString() == id) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentItem(item);
            return;
        }
    }
}

void HelpWindow::search(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (int row = 0; row < m_contents->count(); ++row) {
        QListWidgetItem *item = m_contents->item(row);
        if (words.isEmpty()) { // every page, and no need to make the shortcut sheet
            item->setHidden(false);
            continue;
        }
        const QString id = item->data(PageIdRole).toString();
        const QString page = item->text() + u'\n'
                + (id == ShortcutsPage ? QTextDocumentFragment::fromHtml(shortcutsHtml()).toPlainText() : Handbook::text(id));
        const bool matches = std::all_of(words.cbegin(), words.cend(), [&page](const QString &word) {
            return page.contains(word, Qt::CaseInsensitive);
        });
        item->setHidden(!matches);
    }
}

} // namespace Valuemap
