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

void MapScreenTest::openSampleMap()
{
    QString error;
    const QString name = QString::fromLatin1(QTest::currentTestFunction()) + u'-'
        + QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "").replace(u' ', u'-');
    m_doc = Document::open(makeSamplePlan(m_dir, u"map-%1.valuemap"_s.arg(name)), &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_screen = std::make_unique<StoryMapScreen>(m_doc.get());
    m_screen->resize(1500, 950);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    view()->setFocus();
    view()->resetZoom();
}

void MapScreenTest::closeMap()
{
    m_screen.reset();
    m_doc.reset();
}

} // namespace Valuemap::Test
