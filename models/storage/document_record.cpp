// Document: what pipelines record (`valuemap record`), idempotently by event id.
#include "storage/document.h"

#include "domain/text.h"
#include "io/plandata.h"
#include "storage/editvalues.h"
#include "storage/rowcheck.h"
#include "storage/storykeys.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Valuemap {

QString recordKindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Increment:
        return u"increment"_s;
    case RecordKind::Measurement:
        return u"measurement"_s;
    case RecordKind::Feedback:
        return u"feedback"_s;
    }
    return {};
}

namespace {

RecordResult badInput(const QString &argument, const QString &message)
{
    RecordResult r;
    r.status = RecordResult::BadInput;
    r.argument = argument;
    r.message = message;
    return r;
}

// The content of a request as the caller gave it (defaults unresolved, so that a re-run on
// another day is still the same content), as a SHA-256 in hex.
QString contentDigest(const RecordRequest &q)
{
    QStringList parts { recordKindName(q.kind), q.date.trimmed(), q.note };
    switch (q.kind) {
    case RecordKind::Increment: {
        QStringList stories;
        for (const QString &s : q.stories)
            stories.append(s.trimmed().toUpper());
        parts << q.release.trimmed() << q.version.trimmed() << q.commit.trimmed()
              << q.environment.trimmed() << stories.join(u',');
        break;
    }
    case RecordKind::Measurement:
        parts << q.goal.trimmed() << q.value.trimmed();
        break;
    case RecordKind::Feedback:
        parts << q.increment.trimmed() << q.story.trimmed().toUpper() << q.text << q.score.trimmed();
        break;
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

// The row (by name, case-insensitively, surrounding space ignored) of a named table, or 0.
qint64 findByName(const PlanStore &store, Table table, int column, const QString &name)
{
    const QString wanted = name.trimmed();
    for (qint64 id : store.group(table, -1, 0)) {
        if (store.value(table, id, column).toString().trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return id;
    }
    return 0;
}

QString nameList(const PlanStore &store, Table table, int column)
{
    QStringList names;
    for (qint64 id : store.group(table, -1, 0))
        names.append(u"“%1”"_s.arg(inertLine(store.value(table, id, column).toString())));
    return names.isEmpty() ? Document::tr("none") : names.join(u", "_s);
}

} // namespace

RecordResult Document::checkRecord(const RecordRequest &q, ChangeSet *ops, QString *undoText) const
{
    const QString eventId = q.eventId.trimmed();
    if (eventId.isEmpty() || eventId.size() > 200 || inertLine(eventId) != eventId)
        return badInput(u"--event-id"_s, tr("the event id must be one line of 1 to 200 characters, "
                                            "e.g. the pipeline's job id"));
    const QString digest = contentDigest(q);
    const QString kindName = recordKindName(q.kind);
    for (qint64 id : m_store.group(Table::RecordEvent, -1, 0)) {
        const Row &event = *m_store.row(Table::RecordEvent, id);
        if (event.at(RecordEventCol::EventId).toString() != eventId)
            continue;
        RecordResult r;
        r.table = static_cast<Table>(event.at(RecordEventCol::TargetTable).toInt());
        r.rowId = event.at(RecordEventCol::RowId).toLongLong();
        if (event.at(RecordEventCol::Kind).toInt() == int(q.kind)
            && event.at(RecordEventCol::Digest).toString() == digest) {
            r.status = RecordResult::AlreadyRecorded;
            r.message = tr("event “%1” is already recorded (%2); nothing changed")
                                .arg(inertLine(eventId), event.at(RecordEventCol::RecordedAt).toString());
            if (const Row *row = m_store.row(r.table, r.rowId)) {
                const TableSpec &spec = tableSpec(r.table);
                for (int c = 1; c < spec.columns.size(); ++c) {
                    if (!referencedTable(r.table, c))
                        r.stored.insert(QString(spec.columns[c].name), row->at(c));
                }
                // The rows it refers to by the names the caller used.
                if (r.table == Table::Increment) {
                    if (const qint64 release = row->at(IncrementCol::ReleaseId).toLongLong())
                        r.stored.insert(u"release"_s, m_store.value(Table::Release, release, ReleaseCol::Name));
                    QStringList keys;
                    for (StoryId s : incrementStories(IncrementId(r.rowId)))
                        keys.append(storyKey(s));
                    r.stored.insert(u"stories"_s, keys);
                } else if (r.table == Table::Measurement) {
                    r.stored.insert(u"goal"_s, m_store.value(Table::Goal, row->at(MeasurementCol::GoalId).toLongLong(), GoalCol::Name));
                } else if (const qint64 story = row->at(FeedbackCol::StoryId).toLongLong()) {
                    r.stored.insert(u"story"_s, storyKey(StoryId(story)));
                } else {
                    r.stored.insert(u"increment"_s, m_store.value(Table::Increment, row->at(FeedbackCol::IncrementId).toLongLong(), IncrementCol::Version));
                }
            }
            return r;
        }
        r.status = RecordResult::Conflict;
        r.argument = u"--event-id"_s;
        r.message = tr("the event id “%1” was already used on %2 (record %3) with other "
                       "content; nothing was written. Give each event its own id (e.g. the job "
                       "id), or repeat the first call exactly.")
                            .arg(inertLine(eventId), event.at(RecordEventCol::RecordedAt).toString(),
                                 recordKindName(static_cast<RecordKind>(event.at(RecordEventCol::Kind).toInt())));
        return r;
    }

    QDate date = QDate::currentDate();
    if (!q.date.trimmed().isEmpty()) {
        date = QDate::fromString(q.date.trimmed(), u"yyyy-MM-dd"_s);
        if (!date.isValid() || date.year() < 1900 || date.year() > 9999)
            return badInput(u"--date"_s, tr("“%1” is not a date from 1900-01-01 to 9999-12-31; use YYYY-MM-DD, e.g. 2026-03-31")
                                              .arg(inertLine(q.date.left(40))));
    }
    // Each text as the plan's rules allow it for its column.
    const auto textValue = [](const QString &text, Table table, int column, bool singleLine,
                              const QString &argument, QVariant *out) -> std::optional<RecordResult> {
        // Too long is refused, not cut: a pipeline's version or commit must stay what it said.
        const int limit = singleLine ? MaxLineLength : MaxTextLength;
        if (text.trimmed().size() > limit)
            return badInput(argument, tr("the value is %1 characters long; at most %2 are allowed")
                                          .arg(text.trimmed().size())
                                          .arg(limit));
        *out = cleanedText(singleLine ? text.trimmed() : text, singleLine);
        if (const auto p = valueProblem(table, column, *out))
            return badInput(argument, p->message);
        return std::nullopt;
    };

    RecordResult result;
    result.status = RecordResult::Created;
    Row row;
    // The source goes into the undo text that every member's window shows: one plain line.
    const QString given = inertLine(q.source).trimmed().left(MaxLineLength);
    const QString source = given.isEmpty() ? tr("pipeline") : given;
    switch (q.kind) {
    case RecordKind::Increment: {
        const qint64 release = findByName(m_store, Table::Release, ReleaseCol::Name, q.release);
        if (!release)
            return badInput(u"--release"_s, tr("no release is named “%1”; the plan has %2")
                                                 .arg(inertLine(q.release.left(80)), nameList(m_store, Table::Release, ReleaseCol::Name)));
        QList<qint64> stories;
        QStringList keys;
        for (const QString &key : q.stories) {
            if (key.trimmed().isEmpty())
                continue;
            const StoryId story = storyByKey(key);
            if (!story.isValid())
                return badInput(u"--stories"_s, tr("no story has the key “%1” (keys look like %2-42)")
                                                     .arg(inertLine(key.trimmed().left(40)), keyPrefix()));
            if (!stories.contains(story.value)) {
                stories.append(story.value);
                keys.append(storyKey(story));
            }
        }
        QVariant version, commitSha, environment, note;
        if (auto bad = textValue(q.version, Table::Increment, IncrementCol::Version, true, u"--version"_s, &version))
            return *bad;
        if (auto bad = textValue(q.commit, Table::Increment, IncrementCol::Commit, true, u"--commit"_s, &commitSha))
            return *bad;
        if (auto bad = textValue(q.environment, Table::Increment, IncrementCol::Environment, true, u"--environment"_s, &environment))
            return *bad;
        if (auto bad = textValue(q.note, Table::Increment, IncrementCol::Note, false, u"--note"_s, &note))
            return *bad;
        result.table = Table::Increment;
        result.rowId = appendIncrement(*ops, ReleaseId(release), date, note.toString(), stories);
        Row &inc = (*ops)[ops->size() - 1 - stories.size()].row;
        inc[IncrementCol::Version] = version;
        inc[IncrementCol::Commit] = commitSha;
        inc[IncrementCol::Environment] = environment;
        row = inc; // before ops grows
        // What shipped is done, as on the release board's Deliver.
        const QVariant doneAt = isoTimestamp(QDateTime(date, QTime(12, 0), Qt::UTC));
        for (qint64 story : stories) {
            if (m_store.value(Table::Story, story, StoryCol::Status).toInt() == int(StoryStatus::Done))
                continue;
            appendUpdate(*ops, Table::Story, story, StoryCol::Status, QVariant::fromValue<qint64>(qint64(StoryStatus::Done)));
            appendUpdate(*ops, Table::Story, story, StoryCol::DoneAt, doneAt);
            appendStoryTouched(*ops, story);
        }
        result.stored.insert(u"release"_s, m_store.value(Table::Release, release, ReleaseCol::Name));
        result.stored.insert(u"stories"_s, keys);
        const QString what = version.toString().isEmpty() ? result.stored.value(u"release"_s).toString()
                                                          : version.toString();
        *undoText = tr("Record increment %1 from %2").arg(what, source);
        break;
    }
    case RecordKind::Measurement: {
        const qint64 goal = findByName(m_store, Table::Goal, GoalCol::Name, q.goal);
        if (!goal)
            return badInput(u"--goal"_s, tr("no customer goal is named “%1”; the plan has %2")
                                              .arg(inertLine(q.goal.left(80)), nameList(m_store, Table::Goal, GoalCol::Name)));
        bool ok = false;
        const double value = QLocale::c().toDouble(q.value.trimmed(), &ok);
        if (!ok || !std::isfinite(value))
            return badInput(u"--value"_s, tr("“%1” is not a number; use digits with a point, "
                                               "e.g. 42 or -3.5").arg(inertLine(q.value.left(40))));
        if (std::abs(value) > MaxNumber)
            return badInput(u"--value"_s, tr("%1 is beyond what a plan keeps: a value lies between "
                                               "-%2 and %2")
                                              .arg(inertLine(q.value.trimmed().left(40)), QLocale::c().toString(MaxNumber, 'f', 0)));
        QVariant note;
        if (auto bad = textValue(q.note, Table::Measurement, MeasurementCol::Note, false, u"--note"_s, &note))
            return *bad;
        row = blankRow(Table::Measurement);
        row[MeasurementCol::GoalId] = QVariant::fromValue<qint64>(goal);
        row[MeasurementCol::Date] = isoDate(date);
        row[MeasurementCol::Value] = value;
        row[MeasurementCol::Note] = note;
        result.table = Table::Measurement;
        result.rowId = row[0].toLongLong();
        ops->append(RowOp::insert(Table::Measurement, row));
        result.stored.insert(u"goal"_s, m_store.value(Table::Goal, goal, GoalCol::Name));
        *undoText = tr("Record measurement of %1 from %2").arg(result.stored.value(u"goal"_s).toString(), source);
        break;
    }
    case RecordKind::Feedback: {
        qint64 increment = 0;
        qint64 story = 0;
        if (!q.increment.trimmed().isEmpty()) {
            // The latest increment of that version.
            for (qint64 id : m_store.group(Table::Increment, -1, 0)) {
                if (m_store.value(Table::Increment, id, IncrementCol::Version).toString() == q.increment.trimmed())
                    increment = id;
            }
            if (!increment)
                return badInput(u"--increment"_s, tr("no increment has the version “%1”; record "
                                                      "it first with valuemap record increment")
                                                       .arg(inertLine(q.increment.left(80))));
        } else {
            story = storyByKey(q.story).value;
            if (!story)
                return badInput(u"--story"_s, tr("no story has the key “%1” (keys look like %2-42)")
                                                   .arg(inertLine(q.story.trimmed().left(40)), keyPrefix()));
        }
        QVariant text;
        if (auto bad = textValue(q.text, Table::Feedback, FeedbackCol::Text, false, u"--text"_s, &text))
            return *bad;
        if (text.toString().trimmed().isEmpty())
            return badInput(u"--text"_s, tr("the feedback text is empty; say what the customer said"));
        QVariant score;
        if (!q.score.trimmed().isEmpty()) {
            bool ok = false;
            const int s = q.score.trimmed().toInt(&ok);
            if (!ok || s < 1 || s > 5)
                return badInput(u"--score"_s, tr("“%1” is not a score; use a whole number from 1 to 5")
                                                   .arg(inertLine(q.score.left(40))));
            score = QVariant::fromValue<qint64>(s);
        }
        row = blankRow(Table::Feedback);
        row[FeedbackCol::IncrementId] = EditValues::optionalId(increment);
        row[FeedbackCol::StoryId] = EditValues::optionalId(story);
        row[FeedbackCol::Date] = isoDate(date);
        row[FeedbackCol::Text] = text;
        row[FeedbackCol::Score] = score;
        result.table = Table::Feedback;
        result.rowId = row[0].toLongLong();
        ops->append(RowOp::insert(Table::Feedback, row));
        const QString about = story ? storyKey(StoryId(story)) : q.increment.trimmed();
        if (story)
            result.stored.insert(u"story"_s, about);
        else
            result.stored.insert(u"increment"_s, about);
        *undoText = tr("Record feedback on %1 from %2").arg(about, source);
        break;
    }
    }
    const TableSpec &spec = tableSpec(result.table);
    for (int c = 1; c < spec.columns.size(); ++c) {
        if (!referencedTable(result.table, c))
            result.stored.insert(QString(spec.columns[c].name), normalizedValue(spec.columns[c].type, row.at(c)));
    }
    Row event = blankRow(Table::RecordEvent);
    event[RecordEventCol::EventId] = eventId;
    event[RecordEventCol::Kind] = QVariant::fromValue<qint64>(int(q.kind));
    event[RecordEventCol::Digest] = digest;
    event[RecordEventCol::TargetTable] = QVariant::fromValue<qint64>(int(result.table));
    event[RecordEventCol::RowId] = QVariant::fromValue<qint64>(result.rowId);
    event[RecordEventCol::Source] = source;
    event[RecordEventCol::RecordedAt] = isoTimestamp(QDateTime::currentDateTimeUtc());
    ops->append(RowOp::insert(Table::RecordEvent, event));
    return result;
}

RecordResult Document::record(const RecordRequest &request, bool dryRun)
{
    ChangeSet ops;
    QString undoText;
    RecordResult result = checkRecord(request, &ops, &undoText);
    if (result.status != RecordResult::Created || dryRun)
        return result;
    // On a shared plan another pipeline may have added a row with the same id at the same
    // moment: the rows take the next free ids instead (a plan on the server keeps event ids
    // unique, so the same event is still recorded once).
    if (!commit(std::move(ops), undoText, 0, true)) {
        result.status = RecordResult::Failed;
        result.message = m_lastError;
        result.collided = m_lastCollided;
        return result;
    }
    result.rowId = committedId(result.table, result.rowId);
    return result;
}

} // namespace Valuemap
