#pragma once

#include "domain/entities.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Valuemap {

class Document;

// The figures behind the charts of value delivered: plain data computed from a Document, so
// tests can assert every point without drawing anything. Dates are calendar days; a story's
// delivery day is the UTC day of its done time (a delivery marks stories done at noon UTC).

enum class ScopeUnit { Stories, Estimate };

struct DatedValue
{
    QDate date;
    double value = 0.0;
    QString label; // what the point is (a measurement's note, a release's name ...)

    bool operator==(const DatedValue &) const = default;
};

// One goal's metric over time, with the increments that were meant to move it.
struct GoalSeries
{
    GoalId goal;
    QString name;
    QString metric;
    QString unit;
    GoalDirection direction = GoalDirection::HigherIsBetter;
    std::optional<double> baseline;
    std::optional<double> target;
    QDate targetDate;
    QList<DatedValue> measurements; // by date
    // Increments whose release serves the goal or which shipped a story that serves it; the
    // value is the metric on that day (interpolated between measurements, held at the ends).
    QList<DatedValue> increments;
};

// Cumulative delivered scope against the total scope known on each day.
struct BurnUp
{
    ScopeUnit unit = ScopeUnit::Stories;
    QList<DatedValue> delivered; // one point per day on which something was delivered
    QList<DatedValue> total; // one point per day on which scope was added
    QList<DatedValue> releases; // target dates of the releases, value = total scope at the end
    double totalScope = 0.0;
    double deliveredScope = 0.0;
};

struct CadencePoint
{
    IncrementId increment;
    QDate date;
    QString release;
    int stories = 0;
    std::optional<int> daysSincePrevious;

    bool operator==(const CadencePoint &) const = default;
};

// The delivered increments in date order and the days between them.
struct Cadence
{
    QList<CadencePoint> increments;
    std::optional<double> averageDays;
};

struct LeadTime
{
    StoryId story;
    QString title;
    QDate created;
    QDate delivered;
    int days = 0;

    bool operator==(const LeadTime &) const = default;
};

// Days from a story's creation to its delivery, for every delivered story, by delivery day.
struct LeadTimes
{
    QList<LeadTime> stories;
    std::optional<double> medianDays;
};

// Planned and delivered scope of the stories that serve a goal.
struct GoalValue
{
    GoalId goal;
    QString name;
    double planned = 0.0; // every story linked to the goal
    double delivered = 0.0; // those of them that are done

    bool operator==(const GoalValue &) const = default;
};

GoalSeries goalSeries(const Document &document, GoalId goal);
BurnUp burnUp(const Document &document, ScopeUnit unit);
Cadence cadence(const Document &document);
LeadTimes leadTimes(const Document &document);
QList<GoalValue> valuePerGoal(const Document &document, ScopeUnit unit);

// Every story of the plan in map order (activity, step, rank).
QList<StoryId> allStories(const Document &document);
// The day a done story was delivered: its increment's date, else the day of its done time.
QDate deliveryDate(const Document &document, const Story &story);

} // namespace Valuemap
