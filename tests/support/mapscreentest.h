#pragma once

#include "domain/ids.h"

#include <QObject>
#include <QSize>
#include <QTemporaryDir>

#include <memory>

namespace Valuemap {

class Document;
class StoryMapScene;
class StoryMapScreen;
class StoryMapView;

namespace Test {

// What the story map's tests share: a plan in a folder of the test's own, its map in a screen of
// its own, and the map's view and scene. A test class derives from it (with Q_OBJECT and its own
// slots) and calls openSampleMap() in init() and closeMap() in cleanup().
class MapScreenTest : public QObject
{
public:
    ~MapScreenTest() override;

protected:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<StoryMapScreen> m_screen;

    StoryMapView *view() const;
    StoryMapScene *scene() const;
    // The step at (activity, index) in map order.
    StepId step(int activity, int index) const;
    // The plan at path, its map shown at that size and 100 %.
    void openMap(const QString &path, QSize size);
    // A copy of the sample plan for this test function and data row, its map shown at
    // 1500×950 and 100 %, the keyboard in the map.
    void openSampleMap();
    void closeMap();
};

} // namespace Test
} // namespace Valuemap
