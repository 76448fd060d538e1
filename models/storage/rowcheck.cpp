#include "storage/rowcheck.h"

#include "domain/entities.h"
#include "domain/text.h"
#include "io/plandata.h"
#include "storage/storykeys.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <array>
#include <cmath>
#include <tuple>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

class RowCheck
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::RowCheck)
};

QLatin1StringView columnName(Table table, int column)
{
    return tableSpec(table).columns[column].name;
}

// The number of choices of an enumeration column, or 0 when the column is no enumeration.
int choices(Table table, int column)
{
    switch (table) {
    case Table::VisionNote:
        return column == VisionNoteCol::Area ? VisionAreaCount : 0;
    case Table::Release:
        return column == ReleaseCol::Status ? ReleaseStatusCount : 0;
    case Table::Story:
        return column == StoryCol::Status ? StoryStatusCount : 0;
    case Table::Goal:
        return column == GoalCol::Direction ? 2 : 0;
    case Table::Vote:
        return column == VoteCol::Subject || column == VoteCol::State ? 2 : 0;
    case Table::RecordEvent:
        return column == RecordEventCol::Kind ? RecordKindCount : 0;
    default:
        return 0;
    }
}

// The allowed range of a plain integer column (neither id, reference nor enumeration).
std::pair<qint64, qint64> integerRange(Table table, int column)
{
    if (table == Table::Vote && column == VoteCol::DotsPerParticipant)
        return { 1, MaxDotsPerParticipant };
    if (table == Table::Feedback && column == FeedbackCol::Score)
        return { 1, 5 };
    if (table == Table::Story && column == StoryCol::BusinessValue)
        return { 0, qint64(MaxNumber) };
    if (columnName(table, column) == "rank"_L1)
        return { 0, 100000000 };
    // Story numbers start at 1 and stay below what a person would type; 0 is a row not yet
    // numbered (an import's story, or a product row before its first story), which
    // createPlanFile and Document::insertRows number before it is written.
    if ((table == Table::Story && column == StoryCol::KeyNumber)
        || (table == Table::Product && column == ProductCol::NextKey))
        return { 0, MaxStoryKeyNumber };
    if (table == Table::RecordEvent && column == RecordEventCol::TargetTable)
        return { 0, TableCount - 1 };
    if (table == Table::RecordEvent && column == RecordEventCol::RowId)
        return { 1, std::numeric_limits<qint64>::max() };
    return { qint64(-MaxNumber), qint64(MaxNumber) };
}

double realMinimum(Table table, int column)
{
    if ((table == Table::Story && column == StoryCol::Estimate)
        || (table == Table::Release && column == ReleaseCol::Capacity))
        return 0.0;
    return -MaxNumber;
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 0);
}

ValueProblem problem(Table table, int column, const QString &what)
{
    return { column, RowCheck::tr("the %1 %2").arg(fieldLabel(table, column), what) };
}

} // namespace

bool isDateColumn(Table table, int column)
{
    const QLatin1StringView name = columnName(table, column);
    return name == "vision_date"_L1 || name == "target_date"_L1 || name == "date"_L1;
}

bool isTimestampColumn(Table table, int column)
{
    return columnName(table, column).endsWith("_at"_L1);
}

bool isColorColumn(Table table, int column)
{
    return columnName(table, column) == "color"_L1;
}

bool isSingleLineColumn(Table table, int column)
{
    const QLatin1StringView name = columnName(table, column);
    return name == "title"_L1 || name == "name"_L1 || name == "owner"_L1 || name == "version"_L1
        || name == "client"_L1 || name == "language"_L1 || name == "metric"_L1
        || name == "unit"_L1 || name == "key_prefix"_L1 || name == "commit_sha"_L1
        || name == "environment"_L1 || name == "event_id"_L1 || name == "digest"_L1
        || name == "source"_L1;
}

QString tableLabel(Table table)
{
    static const char *const labels[TableCount] = {
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "product"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "vision note"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "persona"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "activity"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "step"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "release"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "story"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "tag"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "story tag"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "customer goal"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "measurement"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "delivered increment"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "increment story"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "feedback"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "story goal"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "release goal"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "dot vote"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "vote participant"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "vote dot"),
        QT_TRANSLATE_NOOP("Valuemap::RowCheck", "pipeline record"),
    };
    return RowCheck::tr(labels[int(table)]);
}

QString fieldLabel(Table table, int column)
{
    // Column names as a user knows them; the same English word in every table.
    static const QHash<QLatin1StringView, const char *> words = {
        { "id"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "id") },
        { "name"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "name") },
        { "owner"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "owner") },
        { "version"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "version") },
        { "vision_date"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "vision date") },
        { "client"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "client") },
        { "language"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "language") },
        { "created_at"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "creation time") },
        { "updated_at"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "time of the last change") },
        { "done_at"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "completion time") },
        { "area"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "area") },
        { "text"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "text") },
        { "color"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "colour") },
        { "rank"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "position") },
        { "description"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "description") },
        { "title"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "title") },
        { "outcome"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "outcome") },
        { "target_date"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "target date") },
        { "status"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "status") },
        { "capacity"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "capacity") },
        { "acceptance_criteria"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "acceptance criteria") },
        { "estimate"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "estimate") },
        { "business_value"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "business value") },
        { "metric"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "metric") },
        { "unit"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "unit") },
        { "baseline"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "baseline") },
        { "target"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "target") },
        { "direction"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "direction") },
        { "date"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "date") },
        { "value"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "value") },
        { "note"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "note") },
        { "score"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "score") },
        { "dots_per_participant"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "dots per participant") },
        { "subject"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "subject") },
        { "state"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "state") },
        { "key_prefix"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "story key prefix") },
        { "next_key"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "next story number") },
        { "key_number"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "key number") },
        { "commit_sha"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "commit") },
        { "environment"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "environment") },
        { "event_id"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "event id") },
        { "kind"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "kind") },
        { "digest"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "content digest") },
        { "target_table"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "kind of row") },
        { "row_id"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "row number") },
        { "source"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "source") },
        { "recorded_at"_L1, QT_TRANSLATE_NOOP("Valuemap::RowCheck", "recording time") },
    };
    const QLatin1StringView name = columnName(table, column);
    if (const auto target = referencedTable(table, column))
        return RowCheck::tr("%1's %2").arg(tableLabel(table), tableLabel(*target));
    const char *word = words.value(name, nullptr);
    return RowCheck::tr("%1 %2").arg(tableLabel(table),
                                     word ? RowCheck::tr(word) : QString(name));
}

namespace {

// What the rules say about one column, worked out once: a plan is checked value by value as it
// is read, and name comparisons per value made opening a large plan several times slower.
struct ColumnFacts
{
    enum class Text : quint8 { Plain, Date, Timestamp, Color };
    ColumnType type = ColumnType::Text;
    bool nullable = false;
    bool reference = false; // or the id
    int choices = 0;
    qint64 low = 0;
    qint64 high = 0;
    double realLow = 0;
    int maxLength = MaxTextLength;
    Text text = Text::Plain;
};

const ColumnFacts &facts(Table table, int column)
{
    static const std::array<QList<ColumnFacts>, TableCount> all = [] {
        std::array<QList<ColumnFacts>, TableCount> result;
        for (int t = 0; t < TableCount; ++t) {
            const Table table = Table(t);
            for (int c = 0; c < tableSpec(table).columns.size(); ++c) {
                ColumnFacts f;
                f.type = tableSpec(table).columns[c].type;
                f.nullable = c > 0 && isNullableColumn(table, c);
                f.reference = c == 0 || referencedTable(table, c).has_value();
                f.choices = choices(table, c);
                std::tie(f.low, f.high) = integerRange(table, c);
                f.realLow = realMinimum(table, c);
                f.maxLength = isSingleLineColumn(table, c) ? MaxLineLength : MaxTextLength;
                f.text = isDateColumn(table, c) ? ColumnFacts::Text::Date
                    : isTimestampColumn(table, c) ? ColumnFacts::Text::Timestamp
                    : isColorColumn(table, c)     ? ColumnFacts::Text::Color
                                                  : ColumnFacts::Text::Plain;
                result[t].append(f);
            }
        }
        return result;
    }();
    return all[int(table)][column];
}

// cleanedText(text, false) == text, without making the copy: no control characters but tab and
// line feed, no carriage return or Unicode line separators, no unpaired surrogates.
bool isCleanText(const QString &text)
{
    const qsizetype n = text.size();
    const QChar *chars = text.constData();
    // Most text is printable ASCII: four code units at a time, each in 0x20 to 0x7e (every
    // unit below 0x80; adding 0x60 sets its bit 7 when it is at least 0x20, adding 1 when it
    // is 0x7f). A word with anything else is looked at unit by unit below.
    constexpr quint64 Low = 0x0001000100010001ULL;
    constexpr quint64 Bit7 = 0x0080008000800080ULL;
    qsizetype i = 0;
    while (i < n) {
        if (i + 4 <= n) {
            quint64 w;
            std::memcpy(&w, chars + i, sizeof w);
            if ((w & 0xff80ff80ff80ff80ULL) == 0 && ((w + 0x60 * Low) & Bit7) == Bit7 && ((w + Low) & Bit7) == 0) {
                i += 4;
                continue;
            }
        }
        const char16_t u = chars[i].unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029)
            return false;
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 >= n || !QChar::isLowSurrogate(chars[i + 1].unicode()))
                return false;
            ++i;
        } else if (QChar::isLowSurrogate(u)) {
            return false;
        }
        ++i;
    }
    return true;
}

int digits(const QString &text, qsizetype from, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t u = text.at(from + i).unicode();
        if (u < u'0' || u > u'9')
            return -1;
        value = value * 10 + (u - u'0');
    }
    return value;
}

// YYYY-MM-DD, a real day from 1900 to 9999.
bool isIsoDate(const QString &text, qsizetype from = 0)
{
    if (text.size() < from + 10 || text.at(from + 4) != u'-' || text.at(from + 7) != u'-')
        return false;
    const int y = digits(text, from, 4);
    const int m = digits(text, from + 5, 2);
    const int d = digits(text, from + 8, 2);
    return y >= 1900 && m > 0 && d > 0 && QDate::isValid(y, m, d);
}

bool isTimestamp(const QString &text)
{
    // What Valuemap writes (YYYY-MM-DDThh:mm:ss.zzzZ) is checked by hand; any other ISO 8601
    // form by Qt.
    if (text.size() == 24 && isIsoDate(text) && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const int h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2);
        return h >= 0 && h < 24 && mi >= 0 && mi < 60 && s >= 0 && s < 60 && digits(text, 20, 3) >= 0;
    }
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    return when.isValid() && when.date().year() >= 1900 && when.date().year() <= 9999;
}

bool isHexColor(const QString &text)
{
    if ((text.size() != 7 && text.size() != 9) || text.at(0) != u'#')
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

} // namespace

std::optional<ValueProblem> valueProblem(Table table, int column, const QVariant &value)
{
    const ColumnFacts &f = facts(table, column);
    if (value.isNull()) {
        if (!f.nullable)
            return problem(table, column, RowCheck::tr("is missing"));
        return std::nullopt;
    }
    switch (f.type) {
    case ColumnType::Integer: {
        if (value.typeId() != QMetaType::LongLong)
            return problem(table, column, RowCheck::tr("must be a whole number"));
        const qint64 v = *static_cast<const qint64 *>(value.constData());
        if (f.reference) {
            if (v <= 0 || (column == 0 && table == Table::Product && v != 1))
                return problem(table, column, RowCheck::tr("must be a positive row number, not %1").arg(v));
            return std::nullopt;
        }
        if (const int n = f.choices) {
            if (v < 0 || v >= n)
                return problem(table, column, RowCheck::tr("must be one of 0 to %1, not %2").arg(n - 1).arg(v));
            return std::nullopt;
        }
        if (v < f.low || v > f.high)
            return problem(table, column, RowCheck::tr("must be a whole number from %1 to %2, not %3")
                                              .arg(number(double(f.low)), number(double(f.high)))
                                              .arg(v));
        return std::nullopt;
    }
    case ColumnType::Real: {
        if (value.typeId() != QMetaType::Double)
            return problem(table, column, RowCheck::tr("must be a number"));
        const double v = *static_cast<const double *>(value.constData());
        if (!std::isfinite(v) || v < f.realLow || v > MaxNumber)
            return problem(table, column, RowCheck::tr("must be a number from %1 to %2")
                                              .arg(number(f.realLow), number(MaxNumber)));
        return std::nullopt;
    }
    case ColumnType::Text:
        break;
    }
    if (value.typeId() != QMetaType::QString)
        return problem(table, column, RowCheck::tr("must be text"));
    const QString &text = *static_cast<const QString *>(value.constData());
    if (text.size() > f.maxLength)
        return problem(table, column, RowCheck::tr("is %1 characters long; at most %2 are allowed")
                                          .arg(number(double(text.size())), number(double(f.maxLength))));
    // Line breaks are allowed everywhere (older plans hold them in titles); what no editor
    // writes is not: NUL and other control characters, unpaired surrogates.
    if (!isCleanText(text))
        return problem(table, column, RowCheck::tr("holds control characters or broken Unicode"));
    // A text that begins with U+FEFF does not read back as written: UTF-8 readers take it for a
    // byte order mark and drop it. (Inside a text it stays as it is, as older plans hold it.)
    if (text.startsWith(QChar(0xfeff)))
        return problem(table, column, RowCheck::tr("begins with an invisible byte order mark (U+FEFF)"));
    switch (f.text) {
    case ColumnFacts::Text::Date:
        if (text.isEmpty() && f.nullable)
            return std::nullopt;
        if (text.size() != 10 || !isIsoDate(text))
            return problem(table, column, RowCheck::tr("“%1” is not a date from 1900-01-01 to 9999-12-31 (use YYYY-MM-DD)").arg(text.left(40)));
        break;
    case ColumnFacts::Text::Timestamp:
        if (!isTimestamp(text))
            return problem(table, column, RowCheck::tr("“%1” is not a date and time (use ISO 8601)").arg(text.left(40)));
        break;
    case ColumnFacts::Text::Color:
        if (!text.isEmpty() && !isHexColor(text))
            return problem(table, column, RowCheck::tr("“%1” is not a colour (use #rrggbb)").arg(text.left(40)));
        break;
    case ColumnFacts::Text::Plain:
        if (table == Table::Product && column == ProductCol::KeyPrefix) {
            if (!text.isEmpty() && !isValidKeyPrefix(text))
                return problem(table, column, RowCheck::tr("“%1” is not a key prefix (use 1 to 6 "
                                                           "letters A to Z)").arg(text.left(40)));
        } else if (table == Table::RecordEvent && column == RecordEventCol::EventId && text.trimmed().isEmpty()) {
            return problem(table, column, RowCheck::tr("is empty"));
        }
        break;
    }
    return std::nullopt;
}

std::optional<ValueProblem> rowProblem(Table table, const Row &row)
{
    const int columns = int(tableSpec(table).columns.size());
    if (row.size() != columns)
        return ValueProblem { -1, RowCheck::tr("a %1 has %2 values instead of %3")
                                          .arg(tableLabel(table))
                                          .arg(row.size())
                                          .arg(columns) };
    for (int c = 0; c < columns; ++c) {
        if (auto p = valueProblem(table, c, row.at(c)))
            return p;
    }
    // Rules across columns (the schema's table CHECKs).
    if (table == Table::Feedback && row.at(FeedbackCol::IncrementId).isNull()
        && row.at(FeedbackCol::StoryId).isNull())
        return ValueProblem { FeedbackCol::IncrementId,
                              RowCheck::tr("a feedback belongs to a delivered increment or a story, "
                                           "and this one names neither") };
    return std::nullopt;
}

} // namespace Valuemap
