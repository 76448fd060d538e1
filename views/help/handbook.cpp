#include "handbook.h"

#include "charts/chartsscreen.h"
#include "goals/goalsscreen.h"
#include "goals/incrementsview.h"
#include "outline/outlineview.h"
#include "releases/releaseboard.h"
#include "storymap/storymapscreen.h"
#include "vision/visionview.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Valuemap::Handbook {

namespace {

class Handbook
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::Handbook)
};

} // namespace

QList<Page> pages()
{
    return {
        { u"index"_s, Handbook::tr("Welcome") },
        { u"vision"_s, Handbook::tr("Vision") },
        { u"map"_s, Handbook::tr("Story Map") },
        { u"releases"_s, Handbook::tr("Releases") },
        { u"goals"_s, Handbook::tr("Goals") },
        { u"increments"_s, Handbook::tr("Increments") },
        { u"charts"_s, Handbook::tr("Charts") },
        { u"outline"_s, Handbook::tr("Outline") },
        { u"workshop"_s, Handbook::tr("Workshops") },
        { u"files"_s, Handbook::tr("Files and the Command Line") },
    };
}

QString language()
{
    return QLocale().name().section(u'_', 0, 0);
}

QUrl url(const QString &id)
{
    return QUrl(u"qrc:/valuemap/handbook/%1/%2.md"_s.arg(language(), id));
}

QUrl resolved(const QUrl &url)
{
    // qrc:/valuemap/handbook/<language>/<page>.md
    const QString path = url.path();
    static const QString Prefix = u"/valuemap/handbook/"_s;
    if (url.scheme() != "qrc"_L1 || !path.startsWith(Prefix) || !path.endsWith(".md"_L1)
        || QFile::exists(u':' + path))
        return url;
    QUrl english = url;
    english.setPath(Prefix + u"en/"_s + url.fileName());
    return english;
}

QString text(const QString &id)
{
    QFile file(u':' + resolved(url(id)).path());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString pageForScreen(const QWidget *screen)
{
    // By the screen's class, so the window needs to tell nothing: each tab is one screen.
    if (qobject_cast<const VisionView *>(screen))
        return u"vision"_s;
    if (qobject_cast<const StoryMapScreen *>(screen))
        return u"map"_s;
    if (qobject_cast<const ReleaseBoard *>(screen))
        return u"releases"_s;
    if (qobject_cast<const GoalsScreen *>(screen))
        return u"goals"_s;
    if (qobject_cast<const IncrementsView *>(screen))
        return u"increments"_s;
    if (qobject_cast<const ChartsScreen *>(screen))
        return u"charts"_s;
    if (qobject_cast<const OutlineView *>(screen))
        return u"outline"_s;
    return u"index"_s;
}

} // namespace Valuemap::Handbook
