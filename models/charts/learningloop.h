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

// How long one customer feedback waited for an answer: the days from the day it was given to
// the delivery of the first story made from it (its delivery day as the lead-time chart counts
// it: the increment that shipped it, else the day it was done), or, while no such story is
// delivered, the days until today: still open.
struct FeedbackResponse
{
    FeedbackId feedback;
    QDate given;
    QString text;
    StoryId story; // the story made from it (the delivered one, else the first); invalid: none yet
    QString storyLabel; // its key and title
    QDate delivered; // invalid: still open
    int days = 0; // until delivered, or until today while open; never negative

    bool isOpen() const { return !delivered.isValid(); }
    bool operator==(const FeedbackResponse &) const = default;
};

// Every feedback of the plan by the day it was given, and per calendar month of giving (keyed
// by its first day) the median days of those answered; months where nothing was answered yet
// have no median.
struct FeedbackResponses
{
    QList<FeedbackResponse> feedback;
    QList<DatedValue> medianPerMonth;
    std::optional<double> medianDays; // of all answered feedback
    int openCount = 0;
};
FeedbackResponses feedbackResponses(const Document &document, const QDate &today = QDate::currentDate());

// Whether an increment served a goal: its release serves the goal, or it shipped a story that does.
bool servesGoal(const Document &document, IncrementId increment, GoalId goal);

// The median of values (nullopt for none).
std::optional<double> median(QList<double> values);

} // namespace Valuemap
