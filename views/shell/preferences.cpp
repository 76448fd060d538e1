#include "shell/preferences.h"

#include <QLocale>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {
const QString LanguageKey = u"language"_s;
const QString PaperKey = u"paperSize"_s;
const QString AuthorKey = u"author"_s;
const QString RecentCountKey = u"recentFilesCount"_s;
} // namespace

QString Preferences::language()
{
    const QString code = QSettings().value(LanguageKey).toString();
    return code == "en"_L1 || code == "de"_L1 ? code : QString();
}

void Preferences::setLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
}

bool Preferences::hasPaperSize()
{
    const QString name = QSettings().value(PaperKey).toString();
    return name == "a4"_L1 || name == "letter"_L1;
}

QPageSize::PageSizeId Preferences::paperSize()
{
    const QString name = QSettings().value(PaperKey).toString();
    if (name == "a4"_L1)
        return QPageSize::A4;
    if (name == "letter"_L1)
        return QPageSize::Letter;
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                      : QPageSize::A4;
}

void Preferences::setPaperSize(QPageSize::PageSizeId page)
{
    QSettings().setValue(PaperKey, page == QPageSize::Letter ? u"letter"_s : u"a4"_s);
}

QString Preferences::author()
{
    return QSettings().value(AuthorKey).toString();
}

void Preferences::setAuthor(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(AuthorKey);
    else
        settings.setValue(AuthorKey, name.trimmed());
}

int Preferences::recentCount()
{
    bool ok = false;
    const int count = QSettings().value(RecentCountKey).toInt(&ok);
    return ok ? std::clamp(count, 1, MaxRecentCount) : DefaultRecentCount;
}

void Preferences::setRecentCount(int count)
{
    QSettings().setValue(RecentCountKey, std::clamp(count, 1, MaxRecentCount));
}

} // namespace Valuemap
