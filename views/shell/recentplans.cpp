#include "shell/recentplans.h"

#include "shell/preferences.h"

#include <QFileInfo>
#include <QSettings>
#include <QStringList>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {
const QString FilesKey = u"recentFiles"_s;
const QString NamesKey = u"recentNames"_s;
} // namespace

QList<RecentPlans::Entry> RecentPlans::entries()
{
    QSettings settings;
    const QStringList paths = settings.value(FilesKey).toStringList().mid(0, Preferences::recentCount());
    const QVariantMap names = settings.value(NamesKey).toMap();
    QList<Entry> result;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        Entry entry;
        entry.path = path;
        entry.productName = names.value(path).toString();
        entry.exists = info.isFile();
        if (entry.exists)
            entry.lastChanged = info.lastModified();
        result.append(entry);
    }
    return result;
}

void RecentPlans::remember(const QString &path, const QString &productName)
{
    QSettings settings;
    QStringList recent = settings.value(FilesKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > Preferences::recentCount())
        recent.removeLast();
    settings.setValue(FilesKey, recent);
    QVariantMap names = settings.value(NamesKey).toMap();
    names.insert(path, productName);
    for (auto it = names.begin(); it != names.end();)
        it = recent.contains(it.key()) ? std::next(it) : names.erase(it);
    settings.setValue(NamesKey, names);
}

void RecentPlans::clear()
{
    QSettings settings;
    settings.remove(FilesKey);
    settings.remove(NamesKey);
}

} // namespace Valuemap
