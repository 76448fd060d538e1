#pragma once

#include "charts/chartdata.h"

namespace Valuemap {

// The figures of the learning loop (ship, hear the customer, respond), from the plan's own data.

// How often increments ship: per ISO week (keyed by its Monday) and per calendar month (keyed
// by its first day), every week and month from the first increment to the last, those without
// one at 0, with the median per week and per month. The DORA "deployment frequency".
struct DeliveryFrequency
{
    QList<DatedValue> perWeek;
    QList<DatedValue> perMonth;
    std::optional<double> medianPerWeek;
    std::optional<double> medianPerMonth;
};
DeliveryFrequency deliveryFrequency(const Document &document);

// What one increment did to one goal's metric: the value measured last before (or on) its day,
// and the last one measured after it and before the next increment that served the goal.
struct IncrementEffect
{
    IncrementId increment;
    QDate date;
    QString label; // version, else release name, else note
    std::optional<double> before; // baseline when nothing was measured before
    std::optional<double> after; // missing: nothing measured since
    std::optional<double> change; // after - before, when both are known

    bool operator==(const IncrementEffect &) const = default;
};

// Per goal, each increment that served it (its release serves the goal, or it shipped a story
// that does) and the change it brought; an increment that moved nothing shows a change of 0.
struct GoalEffects
{
    GoalId goal;
    QString name;
    QString unit;
    GoalDirection direction = GoalDirection::HigherIsBetter;
    QList<IncrementEffect> increments; // by date
};
QList<GoalEffects> valuePerIncrement(const Document &document);

// Whether an increment served a goal: its release serves the goal, or it shipped a story that does.
bool servesGoal(const Document &document, IncrementId increment, GoalId goal);

// The median of values (nullopt for none).
std::optional<double> median(QList<double> values);

} // namespace Valuemap
