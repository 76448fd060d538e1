#include "mapscreentest.h"

#include "storage/document.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapview.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Valuemap::Test {

MapScreenTest::~MapScreenTest() = default;

StoryMapView *MapScreenTest::view() const
{
    return m_screen->view();
}

StoryMapScene *MapScreenTest::scene() const
{
    return m_screen->scene();
}

StepId MapScreenTest::step(int activity, int index) const
{
    return m_doc->steps(m_doc->activities().at(activity)).at(index);
}

void MapScreenTest::openMap(const QString &path, QSize size)
{
    QString error;
    m_doc = Document::open(path, &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_screen = std::make_unique<StoryMapScreen>(m_doc.get());
    m_screen->resize(size);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    view()->resetZoom();
}

void MapScreenTest::openSampleMap()
{
    const QString name = QString::fromLatin1(QTest::currentTestFunction()) + u'-'
        + QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "").replace(u' ', u'-');
    openMap(makeSamplePlan(m_dir, u"map-%1.valuemap"_s.arg(name)), QSize(1500, 950));
    if (m_screen)
        view()->setFocus();
}

void MapScreenTest::closeMap()
{
    m_screen.reset();
    m_doc.reset();
}

} // namespace Valuemap::Test
