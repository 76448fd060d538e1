#include "widgets/itemaccessibility.h"

#include "domain/entities.h"
#include "itemmodels/storymapmodel.h"
#include "storage/document.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHash>
#include <QLocale>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Valuemap::ItemAccessibility {

namespace {

const char *const BaseNameProperty = "valuemapBaseAccessibleName";
const char *const BaseDescriptionProperty = "valuemapBaseAccessibleDescription";

QHash<const QGraphicsView *, Describer> &describers()
{
    static QHash<const QGraphicsView *, Describer> all;
    return all;
}

QMultiHash<const QGraphicsView *, QMetaObject::Connection> &connections()
{
    static QMultiHash<const QGraphicsView *, QMetaObject::Connection> all;
    return all;
}

} // namespace

void update(QGraphicsView *view)
{
    const auto found = describers().constFind(view);
    if (found == describers().cend() || !view->scene())
        return;
    QGraphicsScene *scene = view->scene();
    Description d;
    if (QGraphicsItem *focus = scene->focusItem())
        d = (*found)(focus);
    if (d.name.isEmpty()) {
        const QList<QGraphicsItem *> selected = scene->selectedItems();
        if (selected.size() == 1)
            d = (*found)(selected.first());
    }
    if (d.name.isEmpty()) {
        d.name = view->property(BaseNameProperty).toString();
        d.description = view->property(BaseDescriptionProperty).toString();
    }
    if (d.name != view->accessibleName()) {
        view->setAccessibleName(d.name);
        QAccessibleEvent event(view, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
    if (d.description != view->accessibleDescription()) {
        view->setAccessibleDescription(d.description);
        QAccessibleEvent event(view, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void follow(QGraphicsView *view, Describer describe)
{
    view->setProperty(BaseNameProperty, view->accessibleName());
    view->setProperty(BaseDescriptionProperty, view->accessibleDescription());
    describers().insert(view, std::move(describe));
    // Emitted while the view still exists, so the view can be the context.
    QObject::connect(view, &QObject::destroyed, view, [key = static_cast<const QGraphicsView *>(view)] {
        describers().remove(key);
        connections().remove(key);
    });
    QGraphicsScene *scene = view->scene();
    connections().insert(view, QObject::connect(scene, &QGraphicsScene::selectionChanged, view, [view] { update(view); }));
    connections().insert(view, QObject::connect(scene, &QGraphicsScene::focusItemChanged, view, [view] { update(view); }));
}

void unfollow(QGraphicsView *view)
{
    describers().remove(view);
    for (const QMetaObject::Connection &c : connections().values(view))
        QObject::disconnect(c);
    connections().remove(view);
}

Description story(const Document &document, const Story &s)
{
    Description d;
    d.name = QCoreApplication::translate("Valuemap::ItemAccessibility", "Story: %1").arg(s.title);
    QStringList parts;
    parts.append(QCoreApplication::translate("Valuemap::ItemAccessibility", "Status: %1").arg(StoryMapModel::statusName(s.status)));
    parts.append(s.estimate ? QCoreApplication::translate("Valuemap::ItemAccessibility", "Estimate: %1 pts").arg(QLocale().toString(*s.estimate, 'f', QLocale::FloatingPointShortest))
                            : QCoreApplication::translate("Valuemap::ItemAccessibility", "Not estimated"));
    if (s.businessValue)
        parts.append(QCoreApplication::translate("Valuemap::ItemAccessibility", "Value: %1").arg(*s.businessValue));
    parts.append(QCoreApplication::translate("Valuemap::ItemAccessibility", "Release: %1").arg(s.releaseId.isValid() ? document.release(s.releaseId).name : QCoreApplication::translate("Valuemap::ItemAccessibility", "Unplanned")));
    d.description = sentences(parts);
    return d;
}

QString sentences(const QStringList &parts)
{
    QStringList out;
    for (QString part : parts) {
        part = part.simplified(); // also turns non-breaking spaces into plain ones
        part.replace(QChar(0x00A0), u' ');
        if (part.isEmpty())
            continue;
        if (!part.back().isPunct())
            part += u'.';
        out.append(part);
    }
    return out.join(u' ');
}

} // namespace Valuemap::ItemAccessibility
