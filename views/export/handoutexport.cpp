#include "export/handoutexport.h"

#include "widgets/theme.h"
#include "export/mapexport.h"
#include "export/papertext.h"
#include "export/pdfoutput.h"
#include "export/releaseplanrenderer.h"
#include "export/visionrenderer.h"

#include "charts/chartexport.h"
#include "charts/chartfactory.h"
#include "charts/learningloop.h"
#include "storage/document.h"
#include "storymap/storymapscene.h"
#include "domain/text.h"

#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

using PaperText::Accent;
using PaperText::Ink;
using PaperText::Muted;

// The map, like the map exports, is drawn at 96 dpi (its items size their type in points against
// the device); the whole handout shares that resolution. A PDF is vector output: nothing is lost.
constexpr int Resolution = 96;
constexpr qreal Margin = 30; // points, as on the vision statement

enum class Section { Cover, Vision, Map, Plan, Charts };

struct PageEntry
{
    Section section = Section::Cover;
    int index = 0; // the map's tile, the plan's page, the chart
};

// Where things go on every page but the vision statement (which keeps its own layout).
struct Frame
{
    qreal unit = 1;
    QRectF page;
    QRectF header;
    QRectF body;
    QRectF footer;
};

Frame frameOf(const QPaintDevice *device, const QRectF &page)
{
    Frame f;
    f.unit = device->logicalDpiY() / 72.0;
    f.page = page;
    const qreal u = f.unit;
    const QRectF content = page.adjusted(Margin * u, Margin * u * 0.8, -Margin * u, -Margin * u * 0.7);
    const qreal titleHeight = QFontMetricsF(PaperText::font(20, device, true), device).height();
    f.header = QRectF(content.topLeft(), QSizeF(content.width(), titleHeight + 8 * u));
    const qreal footerHeight = QFontMetricsF(PaperText::font(8, device), device).height() + 6 * u;
    f.footer = QRectF(content.left(), content.bottom() - footerHeight, content.width(), footerHeight);
    f.body = QRectF(content.left(), f.header.bottom() + 14 * u, content.width(),
        f.footer.top() - f.header.bottom() - 24 * u);
    return f;
}

QString oneLine(const QString &text, const QFont &font, const QPaintDevice *device, qreal width)
{
    return QFontMetricsF(font, device).elidedText(PaperText::prepared(text).replace(QChar::LineSeparator, u' '),
        Qt::ElideRight, width);
}

void paintHeader(QPainter *painter, const Frame &f, const QString &title, const QString &aside)
{
    const QPaintDevice *device = painter->device();
    const QFont titleFont = PaperText::font(20, device, true);
    const QFont asideFont = PaperText::font(10, device);
    // The aside takes what it needs, up to a third of the line; the title the rest.
    const QString shown = oneLine(aside, asideFont, device, f.header.width() / 3);
    const qreal asideWidth = QFontMetricsF(asideFont, device).horizontalAdvance(shown);
    painter->setFont(titleFont);
    painter->setPen(Ink);
    const qreal baseline = f.header.top() + QFontMetricsF(titleFont, device).ascent();
    painter->drawText(QPointF(f.header.left(), baseline),
        oneLine(title, titleFont, device, f.header.width() - asideWidth - 16 * f.unit));
    painter->setFont(asideFont);
    painter->setPen(Muted);
    painter->drawText(QPointF(f.header.right() - asideWidth, baseline), shown);
    painter->setPen(QPen(Accent.color(), 1.6 * f.unit));
    painter->drawLine(f.header.bottomLeft(), f.header.bottomRight());
}

void paintFooter(QPainter *painter, const Frame &f, const QString &left, const QString &right)
{
    const QPaintDevice *device = painter->device();
    const QFont font = PaperText::font(8, device);
    const QFontMetricsF metrics(font, device);
    painter->setPen(QPen(PaperText::Border.color(), 0.6 * f.unit));
    painter->drawLine(f.footer.topLeft(), f.footer.topRight());
    painter->setFont(font);
    painter->setPen(Muted);
    const qreal baseline = f.footer.top() + 4 * f.unit + metrics.ascent();
    const qreal rightWidth = metrics.horizontalAdvance(right);
    painter->drawText(QPointF(f.footer.left(), baseline),
        oneLine(left, font, device, f.footer.width() - rightWidth - 24 * f.unit));
    painter->drawText(QPointF(f.footer.right() - rightWidth, baseline), right);
}

QString longDate(const QDate &date)
{
    return VisionText::date(date,
        QLocale().language() == QLocale::German ? VisionText::Language::German
                                                : VisionText::Language::English);
}

// Everything the pages need to know, gathered once.
struct Handout
{
    Document *document = nullptr;
    HandoutExport::Options options;
    Product product;
    QString name; // the product's name, or "Untitled product"
    QString client;
    std::unique_ptr<VisionRenderer> vision;
    std::unique_ptr<StoryMapScene> map;
    MapExport::Tiling tiles;
    std::unique_ptr<ReleasePlanRenderer> plan;
    QList<ChartRequest> charts;
    QList<PageEntry> pages;

    int firstPage(Section section) const
    {
        for (int i = 0; i < pages.size(); ++i) {
            if (pages[i].section == section)
                return i + 1;
        }
        return 0;
    }
    int lastPage(Section section) const
    {
        for (int i = int(pages.size()) - 1; i >= 0; --i) {
            if (pages[i].section == section)
                return i + 1;
        }
        return 0;
    }
};

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Cover:
        return HandoutExport::tr("Cover");
    case Section::Vision:
        return HandoutExport::tr("Vision statement");
    case Section::Map:
        return HandoutExport::tr("Story map");
    case Section::Plan:
        return HandoutExport::tr("Release plan");
    case Section::Charts:
        return HandoutExport::tr("Customer goals and progress");
    }
    return {};
}

void paintCover(QPainter *painter, const Frame &f, const Handout &h)
{
    const QPaintDevice *device = painter->device();
    const qreal u = f.unit;
    const Document &document = *h.document;
    painter->fillRect(QRectF(f.page.topLeft(), QSizeF(14 * u, f.page.height())), Accent);

    const QRectF area(f.header.left() + 16 * u, f.header.top() + 40 * u,
        f.header.width() * 0.58, f.footer.top() - f.header.top() - 50 * u);
    qreal y = area.top();
    y += PaperText::draw(painter, HandoutExport::tr("Client handout").toUpper(),
        PaperText::font(13, device, true), QPointF(area.left(), y), area.width(), Accent);
    y += 10 * u;
    // The product's name as large as it fits in a third of the page.
    const QString &name = h.name;
    qreal size = 36;
    while (size > 14
        && PaperText::height(name, PaperText::font(size, device, true), area.width(), device)
            > area.height() * 0.34)
        size -= 2;
    y += PaperText::draw(painter, name, PaperText::font(size, device, true),
        QPointF(area.left(), y), area.width(), Ink);
    y += 14 * u;
    if (!h.client.isEmpty()) {
        y += PaperText::draw(painter,
            HandoutExport::tr("Prepared for %1").arg(h.client),
            PaperText::font(18, device), QPointF(area.left(), y), area.width(), Ink);
        y += 4 * u;
    }
    const QDate date = h.options.date.isValid() ? h.options.date : QDate::currentDate();
    y += PaperText::draw(painter, longDate(date), PaperText::font(14, device),
        QPointF(area.left(), y), area.width(), Muted);
    y += 18 * u;
    painter->setPen(QPen(Accent.color(), 1.6 * u));
    painter->drawLine(QPointF(area.left(), y), QPointF(area.left() + 60 * u, y));
    y += 14 * u;

    QList<std::pair<QString, QString>> rows;
    if (!h.product.owner.isEmpty())
        rows.append({ HandoutExport::tr("Product owner"), h.product.owner });
    if (!h.product.version.isEmpty())
        rows.append({ HandoutExport::tr("Version"), h.product.version });
    QStringList holds { HandoutExport::tr("%n release slice(s)", "", int(document.releases().size())) };
    int stories = 0;
    for (ActivityId activity : document.activities()) {
        for (StepId step : document.steps(activity))
            stories += int(document.stories(step).size());
    }
    holds.append(HandoutExport::tr("%n story(s)", "", stories));
    holds.append(HandoutExport::tr("%n customer goal(s)", "", int(document.goals().size())));
    holds.append(HandoutExport::tr("%n delivered increment(s)", "", int(document.increments().size())));
    rows.append({ HandoutExport::tr("The plan"), holds.join(u"  ·  "_s) });
    const QFont labelFont = PaperText::font(11, device);
    const QFont valueFont = PaperText::font(12, device, true);
    const qreal labelWidth = 120 * u;
    for (const auto &[label, value] : rows) {
        if (y > area.bottom())
            break;
        PaperText::draw(painter, label, labelFont, QPointF(area.left(), y + 1.5 * u), labelWidth, Muted);
        y += PaperText::draw(painter, value, valueFont,
                 QPointF(area.left() + labelWidth, y), area.width() - labelWidth, Ink)
            + 6 * u;
    }

    // Contents, with page numbers: the handout is passed round a table.
    const QRectF contents(f.header.left() + f.header.width() * 0.68, area.top(),
        f.header.width() * 0.32, area.height());
    painter->setPen(QPen(PaperText::Border.color(), 0.8 * u));
    painter->drawLine(contents.topLeft() - QPointF(18 * u, 0), contents.bottomLeft() - QPointF(18 * u, 0));
    qreal cy = contents.top();
    cy += PaperText::draw(painter, HandoutExport::tr("Contents").toUpper(),
              PaperText::font(11, device, true), QPointF(contents.left(), cy), contents.width(), Accent)
        + 10 * u;
    const QFont entryFont = PaperText::font(13, device);
    const QFontMetricsF metrics(entryFont, device);
    painter->setFont(entryFont);
    for (Section section : { Section::Vision, Section::Map, Section::Plan, Section::Charts }) {
        const int first = h.firstPage(section);
        if (first == 0)
            continue;
        const int last = h.lastPage(section);
        const QString pages = first == last ? QString::number(first)
                                            : HandoutExport::tr("%1–%2").arg(first).arg(last);
        painter->setPen(Ink);
        painter->drawText(QPointF(contents.left(), cy + metrics.ascent()), sectionTitle(section));
        painter->setPen(Muted);
        painter->drawText(
            QPointF(contents.right() - metrics.horizontalAdvance(pages), cy + metrics.ascent()), pages);
        cy += metrics.height() * 1.6;
    }
}

void paintMapPage(QPainter *painter, const Frame &f, Handout &h, int index)
{
    QRectF source = MapExport::mapRect(*h.map);
    if (h.options.tiledMap) {
        const int row = index / h.tiles.columns;
        const int column = index % h.tiles.columns;
        source = h.tiles.tileAt(row, column);
        paintHeader(painter, f, HandoutExport::tr("Story map"),
            HandoutExport::tr("row %1, column %2 of %3 × %4")
                .arg(row + 1)
                .arg(column + 1)
                .arg(h.tiles.rows)
                .arg(h.tiles.columns));
        // The tile has the body's shape at the poster's scale: drawn as it is, not stretched.
        MapExport::renderMap(*h.map, *painter, f.body, source);
        return;
    }
    paintHeader(painter, f, HandoutExport::tr("Story map"),
        HandoutExport::tr("the whole map on one page"));
    MapExport::renderMap(*h.map, *painter, f.body, source);
}

void paintChartPage(QPainter *painter, const Frame &f, const Handout &h, int index)
{
    const QPaintDevice *device = painter->device();
    const Document &document = *h.document;
    const ChartRequest request = h.charts.value(index);
    QString caption;
    if (request.kind == ChartKind::Goal) {
        const Goal goal = document.goal(request.goal);
        paintHeader(painter, f, HandoutExport::tr("Customer goal: %1").arg(goal.name),
            sectionTitle(Section::Charts));
        QStringList parts;
        if (!goal.description.trimmed().isEmpty())
            parts.append(PaperText::bounded(goal.description.trimmed(), ReleasePlanRenderer::PaperTextLength));
        const QString unit = goal.unit.isEmpty() ? QString() : u' ' + goal.unit;
        if (goal.baseline && goal.target) {
            QString line = HandoutExport::tr("From %1 to %2")
                               .arg(QLocale().toString(*goal.baseline) + unit,
                                   QLocale().toString(*goal.target) + unit);
            if (goal.targetDate.isValid())
                line += u' ' + HandoutExport::tr("by %1").arg(longDate(goal.targetDate));
            parts.append(line);
        }
        caption = parts.join(u"  ·  "_s);
    } else if (request.kind == ChartKind::BurnUp) {
        paintHeader(painter, f, HandoutExport::tr("Progress: delivered scope"),
            sectionTitle(Section::Charts));
    } else {
        paintHeader(painter, f, HandoutExport::tr("Learning loop: %1").arg(ChartFactory::title(document, request)),
            sectionTitle(Section::Charts));
    }
    const QFont captionFont = PaperText::font(12, device);
    const qreal captionHeight = caption.isEmpty()
        ? 0
        : PaperText::height(caption, captionFont, f.body.width(), device) + 10 * f.unit;
    const QRectF chartRect = f.body.adjusted(0, 0, 0, -captionHeight);
    // Laid out a little smaller than the page and scaled up: larger type for the room.
    const QSize size = (chartRect.size() / 1.25).toSize();
    QString empty;
    if (!ChartExport::paint(document, request, painter, chartRect, &empty, size)) {
        PaperText::draw(painter, empty, PaperText::font(14, device, false, true),
            chartRect.topLeft() + QPointF(0, chartRect.height() * 0.4), chartRect.width(), Muted);
    }
    if (!caption.isEmpty())
        PaperText::draw(painter, caption, captionFont,
            QPointF(f.body.left(), chartRect.bottom() + 10 * f.unit), f.body.width(), Ink);
}

} // namespace

bool HandoutExport::writePdf(Document &document, const QString &path, const Options &options,
    QString *error, QString *warning, const Progress &progress)
{
    const QString shown = shownPath(path);
    const Theme::PaperScope paper; // a handout is paper: the light set throughout
    Handout h;
    h.document = &document;
    h.options = options;
    h.vision = std::make_unique<VisionRenderer>(VisionRenderer::boardOf(document));
    h.product = h.vision->board().product; // its fields shortened for paper
    h.name = h.product.name.isEmpty()
        ? VisionText::label(VisionText::Label::Untitled, h.vision->language())
        : h.product.name;
    h.client = options.client.trimmed().isEmpty()
        ? h.product.client
        : PaperText::bounded(options.client.trimmed(), VisionRenderer::PaperFieldLength);
    h.map = std::make_unique<StoryMapScene>(&document);
    h.plan = std::make_unique<ReleasePlanRenderer>(document);
    for (GoalId goal : document.goals())
        h.charts.append({ ChartKind::Goal, goal, ScopeUnit::Stories });
    h.charts.append({ ChartKind::BurnUp, GoalId(), ScopeUnit::Stories });
    // The learning loop, where the plan holds what it needs (a page of "no data" helps no client).
    for (const ChartKind kind : { ChartKind::DeliveryFrequency, ChartKind::ValuePerIncrement,
                                  ChartKind::FeedbackResponse }) {
        QString none;
        const ChartRequest request { kind, GoalId(), ScopeUnit::Stories };
        if (std::unique_ptr<QChart>(ChartFactory::create(document, request, &none)))
            h.charts.append(request);
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString title = tr("%1 – Client handout").arg(h.name);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(options.page), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        PdfOutput::setMetadata(writer, title, h.product.owner);
        const QRectF pageRect(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        const Frame frame = frameOf(&writer, pageRect);

        h.pages.append({ Section::Cover, 0 });
        h.pages.append({ Section::Vision, 0 });
        int mapPages = 1;
        if (options.tiledMap) {
            // The poster's scale: a 1,000-story map stays legible.
            h.tiles = MapExport::tiling(
                *h.map, frame.body.size() / Resolution, MapExport::PdfOptions().tileScale);
            mapPages = h.tiles.rows * h.tiles.columns;
        }
        for (int i = 0; i < mapPages; ++i)
            h.pages.append({ Section::Map, i });
        const int planPages = h.plan->paginate(&writer, frame.body.size());
        for (int i = 0; i < planPages; ++i)
            h.pages.append({ Section::Plan, i });
        for (int i = 0; i < h.charts.size(); ++i)
            h.pages.append({ Section::Charts, i });

        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = tr("Could not start the PDF for “%1”.").arg(shown);
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const int total = int(h.pages.size());
        for (int i = 0; i < total; ++i) {
            if (progress && !progress(i, total)) {
                painter.end();
                if (error)
                    *error = tr("The export was cancelled; no file was written.");
                return false;
            }
            if (i > 0)
                writer.newPage();
            const QString pageLabel = tr("Page %1 of %2").arg(i + 1).arg(total);
            const PageEntry &entry = h.pages[i];
            switch (entry.section) {
            case Section::Cover:
                paintCover(&painter, frame, h);
                break;
            case Section::Vision:
                h.vision->setFooterNote(pageLabel);
                h.vision->paint(&painter, pageRect);
                continue; // the vision statement has its own footer, with the page number
            case Section::Map:
                paintMapPage(&painter, frame, h, entry.index);
                break;
            case Section::Plan:
                paintHeader(&painter, frame, sectionTitle(Section::Plan),
                    h.plan->pageCount() > 1
                        ? tr("part %1 of %2").arg(entry.index + 1).arg(h.plan->pageCount())
                        : QString());
                h.plan->paintPage(&painter, entry.index, frame.body.topLeft());
                break;
            case Section::Charts:
                paintChartPage(&painter, frame, h, entry.index);
                break;
            }
            paintFooter(&painter, frame, title, pageLabel);
        }
        if (progress)
            progress(total, total);
        painter.end();
    }
    buffer.close();
    if (warning) {
        QString missing = h.vision->missingCharacters();
        PaperText::collectMissing(h.plan->allText() + h.name + h.client, &missing);
        *warning = PdfOutput::renderWarning(
            missing, h.vision->shortenedNotes() + h.plan->shortenedTexts());
    }
    return PdfOutput::writeFile(path, PdfOutput::withAuthor(buffer.data(), h.product.owner), error);
}

} // namespace Valuemap
