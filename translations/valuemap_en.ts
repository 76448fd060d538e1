<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Valuemap::CaptureBar</name>
    <message>
        <source>Capture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a card and press Enter — Esc when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the next card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) captured</source>
        <translation>
            <numerusform>%n card captured</numerusform>
            <numerusform>%n cards captured</numerusform>
        </translation>
    </message>
    <message>
        <source>Story map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ChartExport</name>
    <message>
        <source>Cannot save the chart as “%1”: name a file ending in .png or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to chart yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: the chart could not be drawn into the file. Check the free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ChartFactory</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn-up: delivered stories against scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn-up: delivered story points against scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time from story to delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value delivered per goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no customer goals yet. Add a goal with its metric and target on the Goals tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a goal to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no measurements yet. Type them in or import a CSV file on the Goals tab to see the metric against its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric at delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered on %2
%3 on that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no stories yet. Add stories on the Story Map tab to see delivered scope grow against the whole scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story has an estimate yet. Estimate the stories, or count stories instead of story points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total scope (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: scope %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No increment has been delivered yet. Deliver a release on the Releases tab to record what shipped and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery cadence: 1 increment so far; the days between increments show from the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delivery cadence: %n increment(s)</source>
        <translation>
            <numerusform>Delivery cadence: %n increment</numerusform>
            <numerusform>Delivery cadence: %n increments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, one every %2 days on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increment (stories shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %n story(ies)</source>
        <translation>
            <numerusform>%1 on %2: %n story</numerusform>
            <numerusform>%1 on %2: %n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the previous increment</source>
        <translation>
            <numerusform>%n day after the previous increment</numerusform>
            <numerusform>%n days after the previous increment</numerusform>
        </translation>
    </message>
    <message>
        <source>Days since previous increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before %1</source>
        <translation>
            <numerusform>%n day before %1</numerusform>
            <numerusform>%n days before %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No story has been delivered yet. Lead times appear when stories are done (deliver a release on the Releases tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lead time from story to delivery (median %n day(s))</source>
        <translation>
            <numerusform>Lead time from story to delivery (median %n day)</numerusform>
            <numerusform>Lead time from story to delivery (median %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Median: %n day(s)</source>
        <translation>
            <numerusform>Median: %n day</numerusform>
            <numerusform>Median: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered story</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
created %2, delivered %3: %n day(s)</source>
        <translation>
            <numerusform>%1
created %2, delivered %3: %n day</numerusform>
            <numerusform>%1
created %2, delivered %3: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no customer goals yet. Add goals on the Goals tab and link the stories that serve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story serves a goal yet. Link stories to goals on the Goals tab or in the story details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stories that serve goals have no estimates yet. Estimate them, or count stories instead of story points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 % delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4 delivered (%5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no customer goals, so there is no goal chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” names no goal: the plan has %n goal(s), use goal:1 to goal:%n.</source>
        <translation>
            <numerusform>“%1” names no goal: the plan has %n goal, use goal:1 to goal:%n.</numerusform>
            <numerusform>“%1” names no goal: the plan has %n goals, use goal:1 to goal:%n.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart “%1”. The charts are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment frequency: increments per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value per increment: change of each goal&apos;s metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No increment has been delivered yet. Deliver a release on the Releases tab, or let your pipeline record one with valuemap record increment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (median %2 a week, %3 a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increments per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n increment(s)</source>
        <translation>
            <numerusform>Week of %1: %n increment</numerusform>
            <numerusform>Week of %1: %n increments</numerusform>
        </translation>
    </message>
    <message>
        <source>Median per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median: %1 increments a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no customer goals yet. Add goals on the Goals tab and link the releases or stories that serve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No increment that served a goal has a measurement before and after it yet. Measure the goals after each delivery (or let a metrics job record them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2: %3 → %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 did not serve it, or nothing was measured after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of the metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to respond to feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer feedback has been recorded yet. Add feedback to an increment on the Increments tab (or let your support desk record it with valuemap record feedback), then make stories from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (median %n day(s))</source>
        <translation>
            <numerusform>%1 (median %n day)</numerusform>
            <numerusform>%1 (median %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n still open</source>
        <translation>
            <numerusform>%1, %n still open</numerusform>
            <numerusform>%1, %n still open</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: median %n day(s) to respond</source>
        <translation>
            <numerusform>%1: median %n day to respond</numerusform>
            <numerusform>%1: median %n days to respond</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered: days until delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open: days so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1”
given %2; %3 not delivered yet: open for %n day(s)</source>
        <translation>
            <numerusform>“%1”
given %2; %3 not delivered yet: open for %n day</numerusform>
            <numerusform>“%1”
given %2; %3 not delivered yet: open for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”
given %2; no story made from it yet: open for %n day(s)</source>
        <translation>
            <numerusform>“%1”
given %2; no story made from it yet: open for %n day</numerusform>
            <numerusform>“%1”
given %2; no story made from it yet: open for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”
given %2; %3 delivered %4: %n day(s)</source>
        <translation>
            <numerusform>“%1”
given %2; %3 delivered %4: %n day</numerusform>
            <numerusform>“%1”
given %2; %3 delivered %4: %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::ChartsScreen</name>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure scope in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story points (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal metric over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value delivered per goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value per increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to respond to feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::Cli</name>
    <message>
        <source>valuemap check: name exactly one plan file, e.g. valuemap check plan.valuemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: Valuemap plan, file format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: the plan is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: the plan has %1 problem(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap: unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap export vision: %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap export vision: unexpected “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap export vision: name a plan and an output file, e.g. valuemap export vision plan.valuemap -o vision.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap export vision: unknown page size “%1”; use a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap export vision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap export vision: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the vision statement of “%1” to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap export: say what to export, e.g. valuemap export vision plan.valuemap -o vision.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: valuemap export vision FILE.valuemap -o OUT.pdf [--page a4|letter] [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap %1: %2. Nothing was written. Choose another name, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap %1: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap %1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “valuemap check %1” for the whole account; “valuemap export json %1 -o rescued.json --salvage” saves the rows that are sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server plan needs both --server CONN and --plan NAME (see valuemap server list --server CONN for the names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan “%1” on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To recover, pull the rows that are sound into a new plan:
  valuemap export json %1 -o rescued.json --salvage
  valuemap import json rescued.json -o rescued.valuemap
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then publish that under a new name, or ask the plan&apos;s owners which change to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>valuemap %1: %2 has %n problem(s), so nothing was written:</source>
        <translation>
            <numerusform>valuemap %1: %2 has %n problem, so nothing was written:</numerusform>
            <numerusform>valuemap %1: %2 has %n problems, so nothing was written:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::CliCharts</name>
    <message>
        <source>valuemap export chart: --unit is “stories” or “estimate”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap export chart: name a chart, a plan and an output file, e.g. valuemap export chart burnup plan.valuemap -o burnup.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap export chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap export chart: nothing to chart in “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  valuemap export chart NAME FILE.valuemap -o OUT.png|OUT.pdf [--unit stories|estimate]
                                  [--force]
                                  save a chart: goal, goal:N, burnup, cadence, leadtime, value, frequency, increments, feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::CliFormats</name>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a format, an input file and -o OUT.valuemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap import: “%1”: %2 Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1” with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a format, a plan file and -o OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--separator must be , or ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--epics must be activity or step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page size “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map must be fit or tiled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date “%1” is not a date; use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: valuemap import FORMAT IN -o OUT.valuemap [--force]
Creates a new plan from a file of another format.
  FORMAT   json (Valuemap JSON), csv (stories CSV), storymaps (storymaps.io JSON)
  -o FILE  the new plan; an existing file is replaced only with --force, and never
           the input, a plan open in a running Valuemap, a folder, a device or a pipe
Exit codes: 0 done, 1 the input is malformed or holds a bad value (the message names
the line or field), 2 wrong usage, an input that cannot be read or an output that
cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: valuemap export FORMAT FILE.valuemap -o OUT [options]
  json        the whole plan as Valuemap JSON (lossless)
  csv         one row per story   [--separator ,|;] [--bom]
  storymaps   storymaps.io JSON (v1)
  jira        CSV for Jira&apos;s importer   [--epics activity|step]
  map-pdf     the story map as PDF   [--tiled] [--page A4|A3|Letter|Legal|Tabloid]
              [--portrait|--landscape (default: the map&apos;s shape; tiled: landscape)]
              [--scale 0.5..2 (tiled: map size on paper, default 0.75)]
  map-png     the story map as PNG   [--dpi N (96 = 100 %, default 144)]
  map-svg     the story map as SVG
  handout     the client handout PDF: cover, vision, map, release plan, goal charts
              [--paper a4|letter] [--map fit|tiled] [--client NAME] [--date YYYY-MM-DD]
  --force     replace an existing Valuemap plan (never the plan read, nor one open in a
              running Valuemap); other existing files are replaced without it
  --salvage   (json) write only the rows that are sound, from a plan that failed its
              checks, and list what was left out
Exit codes: 0 done, 1 the plan has problems (listed; nothing is written), 2 wrong
usage, a plan that cannot be read or an output that cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap import: cannot read “%1”: %2. Check the name and the permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap import: “%1”: %2 %3: %4. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--salvage works with json only: valuemap export json PLAN -o rescued.json --salvage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every row is sound; nothing was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>left out %n row(s) that are not sound:</source>
        <translation>
            <numerusform>left out %n row that is not sound:</numerusform>
            <numerusform>left out %n rows that are not sound:</numerusform>
        </translation>
    </message>
    <message>
        <source>make a plan of it: valuemap import json %1 -o rescued.valuemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>kept %n row(s) without the invisible mark their text began with:</source>
        <translation>
            <numerusform>kept %n row without the invisible mark its text began with:</numerusform>
            <numerusform>kept %n rows without the invisible mark their text began with:</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap import: “%1” is %2 MB; Valuemap imports files of up to %3 MB. Check that it is the file you meant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::CliRecord</name>
    <message>
        <source>valuemap record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap record: %1 is open in %2%3; nothing was written. Close it there, or give it time with --wait SECONDS (a plan on a team server is never busy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (waited %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to record: increment, measurement or feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind “%1”; record increment, measurement or feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no option of record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected “%1”: name one plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the plan, e.g. valuemap record %1 plan.valuemap …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event-id ID is required: a re-run with the same id changes nothing (use the pipeline&apos;s job id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--release NAME is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--goal NAME and --value NUMBER are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --increment VERSION or --story KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--text TEXT is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait takes seconds from 0 to 86400, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap record %1: %2: %3; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap record %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: would record this %1 (nothing was written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 (event “%2”) in %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  valuemap record increment PLAN --release NAME [--date ISO] [--version V] [--commit SHA]
                  [--environment ENV] [--note TEXT] [--stories KEY,KEY…] --event-id ID
  valuemap record measurement PLAN --goal NAME --value NUMBER [--date ISO] [--note TEXT]
                  --event-id ID
  valuemap record feedback PLAN (--increment VERSION|--story KEY) --text TEXT
                  [--score 1-5] [--date ISO] --event-id ID
  common options: [--json] [--dry-run] [--wait SECONDS] [--source NAME]
Exit codes: 0 recorded or already recorded, 1 a bad value or an event id reused for other
content (nothing written), 2 usage or the plan cannot be opened, 3 the plan is open in
Valuemap (or another program) after --wait seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>other changes to %1 came first %n time(s) in a row; nothing was written. Run the same command again.</source>
        <translation>
            <numerusform>other changes to %1 came first %n time in a row; nothing was written. Run the same command again.</numerusform>
            <numerusform>other changes to %1 came first %n times in a row; nothing was written. Run the same command again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valuemap record: %1 has %n problem(s), so nothing was written (valuemap check %2 lists them).</source>
        <translation>
            <numerusform>valuemap record: %1 has %n problem, so nothing was written (valuemap check %2 lists it).</numerusform>
            <numerusform>valuemap record: %1 has %n problems, so nothing was written (valuemap check %2 lists them).</numerusform>
        </translation>
    </message>
    <message>
        <source>valuemap record: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::CliServer</name>
    <message>
        <source>--add needs a role and a level, e.g. --add bob editor (one role per command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role “%1” is a member of no plan on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name exactly one plan file to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has problems (see valuemap check); only a sound plan is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published “%1” as plan “%2” on %3; role “%4” is its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the plan and the file to write, e.g. --plan Roadmap -o roadmap.valuemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote plan “%1” from %2 to “%3” (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the plan with --plan NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no level: use viewer, editor or owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role “%1” now has the level %2 on plan “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role “%1” is no longer a member of plan “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server (PostgreSQL; CONN is a libpq connection string: service=NAME,
&quot;host=/var/run/postgresql dbname=valuemap&quot; or postgresql://USER@HOST/DATABASE):
  valuemap server init --server CONN           create or upgrade the Valuemap schema
  valuemap server list --server CONN           the plans your role may see
  valuemap server publish PLAN.valuemap --server CONN [--name NAME]
                                               copy a plan to the server (you own it)
  valuemap server pull --server CONN --plan NAME -o OUT.valuemap [--force]
                                               copy a server plan into a new file
  valuemap server members --server CONN --plan NAME [--add ROLE viewer|editor|owner]
                                               [--remove ROLE]   (owners only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do: init, list, publish, pull or members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the server with --server CONN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>plan “%1” has %n problem(s), so nothing was written:%2
“valuemap export json --server CONN --plan %1 -o rescued.json --salvage” saves the rows that are sound.</source>
        <translation>
            <numerusform>plan “%1” has %n problem, so nothing was written:%2
“valuemap export json --server CONN --plan %1 -o rescued.json --salvage” saves the rows that are sound.</numerusform>
            <numerusform>plan “%1” has %n problems, so nothing was written:%2
“valuemap export json --server CONN --plan %1 -o rescued.json --salvage” saves the rows that are sound.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::Csv</name>
    <message>
        <source>The file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote. Inside a quoted field, write a quote as two quotes (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::DeliverDialog</name>
    <message>
        <source>Deliver “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what shipped to customers. The ticked stories are marked done on the delivery date, the slice becomes delivered, and the increment appears in the history and the charts. Stories left unticked stay in the slice. Undo takes it all back in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went live, for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers said (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stories that shipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;feedback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback s&amp;core (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one story that shipped, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::Document</name>
    <message>
        <source>“%1” is damaged: it has no product record. Restore it from a backup or a copy; Valuemap has not changed the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan cannot be changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item to move no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item to change no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity for the new step no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity to move the step to no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step for the new story no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release for the new story no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Story Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Acceptance Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimate “%1” is not a number of zero or more. Enter a number such as 3 or 0.5, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business value “%1” is not a whole number of zero or more. Enter a number such as 8, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Business Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a story status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Story Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona for the story no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step to move the stories to no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release to move the stories to no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story to move no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n Story(s)</source>
        <translation>
            <numerusform>Move %n Story</numerusform>
            <numerusform>Move %n Stories</numerusform>
        </translation>
    </message>
    <message>
        <source>A story to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Story(s)</source>
        <translation>
            <numerusform>Delete %n Story</numerusform>
            <numerusform>Delete %n Stories</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story or goal to link no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Story to Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink Story from Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Product Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n Note(s)</source>
        <translation>
            <numerusform>Move %n Note</numerusform>
            <numerusform>Move %n Notes</numerusform>
        </translation>
    </message>
    <message>
        <source>A note to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Note(s)</source>
        <translation>
            <numerusform>Delete %n Note</numerusform>
            <numerusform>Delete %n Notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Release Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Release Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a release status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Release Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity “%1” is not a number of zero or more. Enter a number, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Release Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release or goal to link no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Release to Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink Release from Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number. Enter a number such as 42 or 3.5, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a goal direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal for the measurement no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measurement needs a valid date and a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date. Enter a date such as 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number. Enter the measured value, such as 42 or 3.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measurement to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release of the increment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An increment needs a valid delivery date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story of the increment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The increment to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback belongs to an increment or a story; that one no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score “%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release to split no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story to split off no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the release “%2”. Select only stories of the release you split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the stories to move into the new release first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release to merge no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release cannot be merged into itself. Choose two different releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release to deliver no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering “%1” needs a valid delivery date. Pick the day it shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story that shipped no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the release “%2”. Move it into the release before delivering it with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one story that shipped with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal for the measurements no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no measurements to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step to the story map first: a new story needs a step to live in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From customer feedback of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a Story from Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported rows clash with the plan (row %1 of table %2). Nothing was imported; import into a new plan instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant needs a name, so that everyone can see whose dots are whose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes part already. Give each participant a name of their own, for example “%1 B.”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each participant gets 1 to %1 dots; %2 is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote needs at least one participant. Enter the names of the people who vote, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Dot Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the last participant of the vote. A vote needs at least one; discard the vote instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote “%1” has ended. Reopen it to change its dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a vote on stories: its dots go on story cards, not on vision notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a vote on vision notes: its dots go on notes, not on stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note to vote for no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story to vote for no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has placed all %n dot(s). Take one back (−) to place it elsewhere.</source>
        <translation>
            <numerusform>%1 has placed their %n dot. Take it back (−) to place it elsewhere.</numerusform>
            <numerusform>%1 has placed all %n dots. Take one back (−) to place it elsewhere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cast Dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Back Dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no dot on this note to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no dot on this story to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Dot Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Dot Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Dot Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a vote on vision notes; only stories have a business value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest business value must be a whole number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story has a dot yet, so there is no value to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Vote as Business Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has a dot yet, so there is no order to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order Notes by Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order Stories by Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be saved: %1. The plan is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story key prefix “%1” is not 1 to 6 letters A to Z, such as BT. Story keys keep their numbers; only the prefix changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Story Key Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event id must be one line of 1 to 200 characters, e.g. the pipeline&apos;s job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event “%1” is already recorded (%2); nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event id “%1” was already used on %2 (record %3) with other content; nothing was written. Give each event its own id (e.g. the job id), or repeat the first call exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no release is named “%1”; the plan has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no story has the key “%1” (keys look like %2-42)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record increment %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer goal is named “%1”; the plan has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number; use digits with a point, e.g. 42 or -3.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record measurement of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no increment has the version “%1”; record it first with valuemap record increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feedback text is empty; say what the customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a score; use a whole number from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record feedback on %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan “%1” on %2 has no product record, so it cannot be opened. Ask its owner to publish it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role “%1” is a viewer of plan “%2” on %3. Ask an owner for the editor level to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan “%1” on %2 holds %n row(s) with values Valuemap does not accept (valuemap check --server CONN --plan “%1” lists them), so it is open for viewing only. To go on with the rows that are sound: valuemap export json --server CONN --plan “%1” -o rescued.json --salvage, import that and publish it under a new name; or have the values corrected on the server.</source>
        <translation>
            <numerusform>Plan “%1” on %2 holds %n row with values Valuemap does not accept (valuemap check --server CONN --plan “%1” lists it), so it is open for viewing only. To go on with the rows that are sound: valuemap export json --server CONN --plan “%1” -o rescued.json --salvage, import that and publish it under a new name; or have the values corrected on the server.</numerusform>
            <numerusform>Plan “%1” on %2 holds %n rows with values Valuemap does not accept (valuemap check --server CONN --plan “%1” lists them), so it is open for viewing only. To go on with the rows that are sound: valuemap export json --server CONN --plan “%1” -o rescued.json --salvage, import that and publish it under a new name; or have the values corrected on the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is beyond what a plan keeps: a value lies between -%2 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date from 1900-01-01 to 9999-12-31; use YYYY-MM-DD, e.g. 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::GoalEditor</name>
    <message>
        <source>Select a goal on the left, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %, €, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases that target this goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story serves this goal yet. Tick the stories that do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies) serve this goal, %1 done. Tick or untick to link:</source>
        <translation>
            <numerusform>%n story serves this goal, %1 done. Tick or untick to link:</numerusform>
            <numerusform>%n stories serve this goal, %1 done. Tick or untick to link:</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by key or title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the stories by key or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the Stories of Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every story of a release: they all serve this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n story(ies))</source>
        <translation>
            <numerusform>%1 (%n story)</numerusform>
            <numerusform>%1 (%n stories)</numerusform>
        </translation>
    </message>
    <message>
        <source>Link the Stories of “%1” to Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link every story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::GoalsModel</name>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::GoalsScreen</name>
    <message>
        <source>Customer goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::Handbook</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and the Command Line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::HandoutDialog</name>
    <message>
        <source>Client Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the handout is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tiled over several pages (legible for large maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::HandoutExport</name>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer goals and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n release slice(s)</source>
        <translation>
            <numerusform>%n release slice</numerusform>
            <numerusform>%n release slices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer goal(s)</source>
        <translation>
            <numerusform>%n customer goal</numerusform>
            <numerusform>%n customer goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered increment(s)</source>
        <translation>
            <numerusform>%n delivered increment</numerusform>
            <numerusform>%n delivered increments</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2 of %3 × %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole map on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: delivered scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Client handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the PDF for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning loop: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::HelpActions</name>
    <message>
        <source>Valuemap &amp;Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the handbook at the page of the screen in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::HelpText</name>
    <message>
        <source>valuemap [FILE.valuemap]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a plan in a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap check FILE.valuemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print what the plan holds and whether it is sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap import FORMAT IN -o OUT.valuemap [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a new plan from json, csv or storymaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap export FORMAT FILE.valuemap -o OUT [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write json, csv, storymaps, jira, map-pdf, map-png, map-svg or handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap export vision FILE.valuemap -o OUT.pdf [--page a4|letter]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the vision statement as a one-page PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap export chart NAME FILE.valuemap -o OUT.png|OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap server init --server CONN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or upgrade the Valuemap schema in a PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap server list --server CONN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plans on the server that your role may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap server publish FILE.valuemap --server CONN [--name NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy a plan to the server; you become its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap server pull --server CONN --plan NAME -o OUT.valuemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy a server plan into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap server members --server CONN --plan NAME [--add ROLE viewer|editor|owner] [--remove ROLE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who may read (viewer), edit (editor) or also manage members (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap --version, -v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap --help, -h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open your copy of the sample plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screen NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this screen first: vision, map, releases, goals, increments, charts, outline, vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom the story map to fit the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--present N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang de|en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the user interface for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme light|dark|system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the colours of the window for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot FILE.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a picture of the window and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after-first-frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quit once the window is painted (start-up benchmarks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o, --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace an existing output file (never the plan read, a plan that is open, a folder, a device or a pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--salvage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export json: write only the sound rows of a plan that fails its checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formats and options of a command, e.g. valuemap export --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs: an export never replaces the plan it reads, a plan open in a running
Valuemap, a folder, a device or a pipe; it replaces an existing Valuemap plan
only with --force. An import replaces an existing file only with --force.
A plan that fails its checks is exported only as its sound rows:
  valuemap export json FILE.valuemap -o rescued.json --salvage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for the commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan value delivery: vision, story map, release slices and customer goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuemap plans value delivery: a product vision, a user story map, thin release slices that are each a working product, and the customer goals they are meant to move. One plan is one .valuemap file. Without a command it opens a window; the commands check, import and export plans without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings (language, recent plans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap record increment FILE.valuemap --release NAME --event-id ID [--version V] [--commit SHA] [--environment ENV] [--stories KEY,KEY] [--date ISO] [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an increment a pipeline delivered; the listed stories become done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap record measurement FILE.valuemap --goal NAME --value NUMBER --event-id ID [--date ISO] [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record where a customer goal&apos;s metric stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap record feedback FILE.valuemap --increment VERSION|--story KEY --text TEXT --event-id ID [--score 1-5] [--date ISO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record what customers said about an increment or a story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event-id ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record: the event&apos;s own id (e.g. the job id); the same id and content again change nothing, other content is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record: print what was stored and whether it was created or already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record: check and print, write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record: wait this long for a plan that is open in Valuemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record: who records, named in the undo text (default: the CI system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes (every command):
  0  success
  1  bad input or a plan with problems: check found problems, a malformed import file,
     a bad value, an export of a plan that failed its checks (nothing is written)
  2  usage error, a plan or input file that cannot be opened or read, or an output
     that cannot be written (an existing output file is then left as it was)
  3  busy: record found the plan open in Valuemap or another program after --wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap --server CONN --plan NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a plan on a team server in a window; check, export and record take --server CONN --plan NAME in place of FILE.valuemap as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a chart: goal, goal:N, burnup, cadence, leadtime, value, frequency, increments or feedback; --unit stories|estimate for the scope charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the Charts screen with this chart: goal, goal:N, burnup, cadence, leadtime, value, frequency, increments, feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--zoom PERCENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom the story map to this percentage (3 to 400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start presentation mode at page N (1 is the vision; beyond the last page, the last)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::HelpWindow</name>
    <message>
        <source>Valuemap Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::HistoryPanel</name>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the history of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan file keeps no shared history. Your own steps are under Edit ▸ Undo; share the plan on a team server (File ▸ Share on Server…) to see who changed what, when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a story on the map to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s), newest first.</source>
        <translation>
            <numerusform>%1: %n change, newest first.</numerusform>
            <numerusform>%1: %n changes, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · revision %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ImportExportMenus</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuemap &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;storymaps.io Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Valuemap JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuemap JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Stories as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as storymaps.io Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storymaps.io JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira CSV, Epics from &amp;Activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for Jira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira CSV, Epics from S&amp;teps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map as &amp;PDF (One Page)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map as P&amp;oster PDF (Tiled)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map as P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a new plan, the import creates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into “%1”, it adds (the plan keeps its own name and product details):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported or adapted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as &amp;New Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Plan from Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuemap plans (*.valuemap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the open plan. Choose another name for the new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Check that the folder is writable and the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Map as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Map as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Map as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution in dots per inch (96 is the map at 100 %):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;Handout (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Client Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the open plan. Choose another name for the handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Handout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::IncrementsView</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increment / feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note / feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a Story from This Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n story(ies))</source>
        <translation>
            <numerusform>%1 (%n story)</numerusform>
            <numerusform>%1 (%n stories)</numerusform>
        </translation>
    </message>
    <message>
        <source>Increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback on single stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No increment delivered yet: use Deliver… on the Releases tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Customer Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the customer say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unplanned story “%1” under “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ItemAccessibility</name>
    <message>
        <source>Story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate: %1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::MainWindow</name>
    <message>
        <source>Valuemap plans (*.valuemap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Valuemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Valuemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Valuemap %1&lt;/h3&gt;&lt;p&gt;Plan value delivery, not just delivery: the vision, the story map, release slices and the customer goals they serve, in one file.&lt;/p&gt;&lt;p&gt;Every change is saved as you make it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened for viewing only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Valuemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sample plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled plan.valuemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy).valuemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the plan full screen for the room: vision, map slice by slice, release plan, goal charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast &amp;Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type cards one after another into the selected cell or vision area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timebox Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A countdown for an exercise, with a gentle signal at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Dot &amp;Vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan opened with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure Valuemap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story &amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Increments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the new plan from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on the server) — Valuemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan on a team server, shared live with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare on Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this plan to a team server to work on it together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared as plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Password (not saved):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live: %1 as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by others, the last by %1: %2</source>
        <translation>
            <numerusform>%n change by others, the last by %1: %2</numerusform>
            <numerusform>%n changes by others, the last by %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1; every change is saved on the server as you make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story &amp;Details Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ No longer shared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live, for viewing only: %1 as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 for viewing only (the bar above says why)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::MapExport</name>
    <message>
        <source>Could not write “%1”: %2. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story map — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — story map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2 (page %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of this map at %1 dpi would be %2 × %3 pixels, too large. Choose a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::MapOverview</name>
    <message>
        <source>Map overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole story map in miniature; click or drag to move the view there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::MeasurementsCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a date and a value, e.g. 2026-03-31%1 4.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 fields; expected date, value and an optional note (quote a note that contains “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number (use e.g. 4.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no measurements. Each line needs a date and a value, e.g. 2026-03-31,4.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”; correct these lines and import it again:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n Measurement(s)</source>
        <translation>
            <numerusform>Import %n Measurement</numerusform>
            <numerusform>Import %n Measurements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::MeasurementsTable</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with the columns date,value[,note]; dates as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Measurement(s)</source>
        <translation>
            <numerusform>Delete %n Measurement</numerusform>
            <numerusform>Delete %n Measurements</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Measurements from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) will be added to “%1”.</source>
        <translation>
            <numerusform>%n measurement will be added to “%1”.</numerusform>
            <numerusform>%n measurements will be added to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until these lines are corrected in the file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::OpenFromServerDialog</name>
    <message>
        <source>Open from Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans you may open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role “%1” is a member of no plan on %2. Share one (File ▸ Share on Server…) or ask a plan&apos;s owner to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) on %1 that role “%2” may open.</source>
        <translation>
            <numerusform>%n plan on %1 that role “%2” may open.</numerusform>
            <numerusform>%n plans on %1 that role “%2” may open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::OutlineDelegate</name>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::OutlineRenderer</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no activities yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::OutlineView</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story map outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add S&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity to the backbone (Ctrl+Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step to the selected activity (Shift+Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a story under the selected step (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find stories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find stories by key, title or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::OutputFile</name>
    <message>
        <source>the file was not opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::OutputGuard</name>
    <message>
        <source>no output file is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name “%1” is longer than the 255 bytes a file name may have; choose a shorter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a link to a file that does not exist; Valuemap does not write through it. Remove the link or choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder; name a file inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, a pipe or a socket); Valuemap replaces only files, so name a file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the file being read; the output would destroy it. Choose another name for the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the file being read (%2, by another name); the output would destroy it. Choose another name for the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a Valuemap plan; an export does not replace a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file; Valuemap replaces only files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new file could not be moved into place (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists (it appeared while the file was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is where SQLite keeps the unsaved changes of “%2”; writing it could destroy them. Choose a name that does not end in “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“-” names no file: Valuemap writes to a file, not to standard output; name one, e.g. -o plan.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::PersonasModel</name>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::PgStore</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved to plan “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not applied: %2 was changed meanwhile%3 on plan “%4”. Nothing of it was kept. The plan now shows the current state; make the change again if you still want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is lost; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) with values Valuemap does not accept</source>
        <translation>
            <numerusform>… and %n more row with values Valuemap does not accept</numerusform>
            <numerusform>… and %n more rows with values Valuemap does not accept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::PlanCheck</name>
    <message>
        <source>Product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities: %1, steps: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories: %1 (%2 done, %3 unplanned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer goals: %1, measurements: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered increments: %1, feedback: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was cast by a participant of another vote than its own (dot vote %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its dot vote %1 is on vision notes, so it needs a note and no story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its dot vote %1 is on stories, so it needs a story and no note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 rows of %2 %3 are not numbered 0, 1, 2 … (gaps or repeats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 rows are not numbered 0, 1, 2 … (gaps or repeats)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::PlanData</name>
    <message numerus="yes">
        <source>%n vision note(s)</source>
        <translation>
            <numerusform>%n vision note</numerusform>
            <numerusform>%n vision notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n release</numerusform>
            <numerusform>%n releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer goal(s)</source>
        <translation>
            <numerusform>%n customer goal</numerusform>
            <numerusform>%n customer goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n measurement</numerusform>
            <numerusform>%n measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered increment(s)</source>
        <translation>
            <numerusform>%n delivered increment</numerusform>
            <numerusform>%n delivered increments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback entry(ies)</source>
        <translation>
            <numerusform>%n feedback entry</numerusform>
            <numerusform>%n feedback entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot vote(s)</source>
        <translation>
            <numerusform>%n dot vote</numerusform>
            <numerusform>%n dot votes</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing (the file holds no stories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tag name “%2” is already used by the tag “%3”; tag names must differ in more than upper and lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this %2 links %3 %4 and %5 %6 a second time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::PlanJson</name>
    <message>
        <source>This JSON file is not a Valuemap plan: its field “format” is not “%1”. Export it from Valuemap with File → Export → Valuemap JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Valuemap JSON file has format version %1; this Valuemap reads version %2. Update Valuemap to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1.%2” is unknown to this version of Valuemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must not be null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “product” is missing or not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table “tables.%1” is unknown to this version of Valuemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “tables.%1” must be a list of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row “%1” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1.id” must be a positive number that no other row of “%2” uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” in “tables.%2” must number the rows of each parent 0, 1, 2 … without gaps or repeats; under parent %3 it does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dot with id %1 in “tables.vote_dot” was cast by a participant of another vote than its own (vote id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dot with id %1 in “tables.vote_dot” belongs to a vote on vision notes: it needs a note_id and no story_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dot with id %1 in “tables.vote_dot” belongs to a vote on stories: it needs a story_id and no note_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags whose names differ only in upper and lower case were merged into one: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “version” is missing: a Valuemap JSON file states its format version as a number, e.g. &quot;version&quot;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “version” must be a number, e.g. &quot;version&quot;: %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” holds %2, far more than a plan holds (at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row “%1” (%2 “%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its field “%2” refers to %3 id %4, which the file does not contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) held control characters or broken Unicode; those characters were left out.</source>
        <translation>
            <numerusform>%n text held control characters or broken Unicode; those characters were left out.</numerusform>
            <numerusform>%n texts held control characters or broken Unicode; those characters were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field “tables” is missing or not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story key number(s) appear more than once (%1): the stories after the first with each number get new numbers, so their keys change.</source>
        <translation>
            <numerusform>%n story key number appears more than once (%1): the stories after the first with that number get new numbers, so their keys change.</numerusform>
            <numerusform>%n story key numbers appear more than once (%1): the stories after the first with each number get new numbers, so their keys change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field “version” must be a whole number from 1 to %1, e.g. &quot;version&quot;: %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::PlanTemplates</name>
    <message>
        <source>Blank plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty vision board and an empty story map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vision board&apos;s questions as notes in each area, and a backbone of four activities to rename: ready for a first workshop with the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee subscription (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete example plan: vision, story map, releases, goals and charts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::PresentationWindow</name>
    <message>
        <source>%1 — Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ next   ← back   C capture   T timer   B blank   Esc leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story map — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not a working product — missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ A working product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release plan (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story map — %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no stories yet.
Press C to capture the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what the tab in front shows, as in its PDF export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the pages of the tab in front before printing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Story Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the whole map on one page, or as a poster of pages to put together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ReleaseBoard</name>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story here:
not end-to-end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release slicing board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a release slice below the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Off Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected stories of the current slice into a new slice below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into Slice Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current slice&apos;s stories, goals and deliveries into the slice above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Slice Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver this slice earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Slice Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver this slice later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this slice shipped to customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current slice; its stories become unplanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter unplanned stories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter unplanned stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n Story(s) to %1</source>
        <translation>
            <numerusform>Move %n Story to %1</numerusform>
            <numerusform>Move %n Stories to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move between cards, Ctrl+arrows move the selected cards between slices and activities, Enter edits, Del deletes, Space selects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ReleaseBoardScene</name>
    <message>
        <source>Releases, in delivery order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unestimated</source>
        <translation>
            <numerusform>%n unestimated</numerusform>
            <numerusform>%n unestimated</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity: %1 of %2 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity %1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new here: builds on an earlier delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories in no release: drag them onto a slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the stories that match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n Story(s) To</source>
        <translation>
            <numerusform>Move %n Story To</numerusform>
            <numerusform>Move %n Stories To</numerusform>
        </translation>
    </message>
    <message>
        <source>Slice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ReleasePlanRenderer</name>
    <message>
        <source>The plan has no release slices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not yet in a release: %n story(s).</source>
        <translation>
            <numerusform>Not yet in a release: %n story.</numerusform>
            <numerusform>Not yet in a release: %n stories.</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working product: every activity of the user&apos;s journey has a story%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (or one delivered in an earlier slice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not estimated</source>
        <translation>
            <numerusform>%n not estimated</numerusform>
            <numerusform>%n not estimated</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new: delivered in an earlier slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no story: users cannot do this yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delivered %1: %n story(s).</source>
        <translation>
            <numerusform>Delivered %1: %n story.</numerusform>
            <numerusform>Delivered %1: %n stories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer feedback: %n response(s), average score %1 of 5.</source>
        <translation>
            <numerusform>Customer feedback: %n response, average score %1 of 5.</numerusform>
            <numerusform>Customer feedback: %n responses, average score %1 of 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer feedback: %n response(s).</source>
        <translation>
            <numerusform>Customer feedback: %n response.</numerusform>
            <numerusform>Customer feedback: %n responses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipped %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ReleasePlanSlide</name>
    <message>
        <source>Release plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ A working product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not a working product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release slices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ReleasesModel</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::RoutedActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::RowCheck</name>
    <message>
        <source>the %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vision note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>increment story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dot vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time of the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptance criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dots per participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive row number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of 0 to %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds control characters or broken Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time (use ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a colour (use #rrggbb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 has %2 values instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feedback belongs to a delivered increment or a story, and this one names neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story key prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next story number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a key prefix (use 1 to 6 letters A to Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begins with an invisible byte order mark (U+FEFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date from 1900-01-01 to 9999-12-31 (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::Salvage</name>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to %1 %2, which is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to %1 %2, which is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its values or its checksum failed the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>… and %n more row</numerusform>
            <numerusform>… and %n more rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: the %3 began with an invisible byte order mark (U+FEFF), which was taken off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::SchemaCheck</name>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of tables cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build of Valuemap cannot make its own schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table “%1” is defined differently (other columns, types or rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries a %1 “%2” of its own (a plan holds data only, never code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds an unexpected %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a %2 where Valuemap keeps a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 “%2” is defined differently (other columns, types or rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 “%2” is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ScreenPrint</name>
    <message>
        <source>Vision statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ServerAddress</name>
    <message>
        <source>the server address names “%1”, which is not a connection setting. Use the settings of PostgreSQL&apos;s libpq, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address names “%1”, which is not a connection setting: did you mean “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 in the server address must be a number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 in the server address contains “;”, which Qt&apos;s PostgreSQL driver cannot pass on. Put it in a service file (~/.pg_service.conf) and use service=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address is empty. Give one, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address. Name a service (service=%1), or give the parts (host=… dbname=…) or a postgresql:// URL, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the server address has no value: write %1=VALUE, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of “%1” in the server address has an opening quote but no closing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server URL “%1” is not valid: %2. A URL looks like postgresql://USER@HOST:PORT/DATABASE?sslmode=require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 address lacks its closing ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (service “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ServerAddressFields</name>
    <message>
        <source>service=team  or  postgresql://you@host/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server as PostgreSQL names it: a service from ~/.pg_service.conf, a postgresql:// address, or key=value pairs. Passwords come from ~/.pgpass or the field below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the server asks; never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ServerConnection</name>
    <message>
        <source>Cannot use the server address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed on this computer. On Debian or Ubuntu: sudo apt install libqt6sql6-psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost. Nothing of the unfinished change was kept. Check the network and that the server runs, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role “%1” may not do this on %2. Ask an owner of the plan to give you the level you need (valuemap server members … --add %1 editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds what this would add (someone may have added it meanwhile). Reload the plan and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refers to something that %1 no longer has (someone may have deleted it meanwhile). Reload the plan and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept a value of this change (out of range or missing). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change collided with another one on %1. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Valuemap schema (or an incomplete one). Ask its administrator to run: valuemap server init --server CONN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must keep at least one owner. Add another owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of %1 cannot be changed: it is append-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took too long to answer and the request was cancelled. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of resources (disk, memory or connections). Try again later or tell its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (error code %2). Nothing was changed. Try again; if it happens again, tell the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open plan “%1” on %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the password of %1. Check the password (in ~/.pgpass, PGPASSWORD or the address) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server needs a password for %1. Put it in ~/.pgpass (HOST:PORT:DATABASE:ROLE:PASSWORD, mode 600) or in PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no database “%1”. Check dbname in the address, or ask the administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no role %1. Check user in the address, or ask the administrator to create the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not let %1 connect to this database from here. Ask its administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no service “%1” in ~/.pg_service.conf (or the file PGSERVICEFILE names). Check the name, or give host= and dbname= instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time. Check the address and the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server name “%1” is not known. Check host in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no free connections. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is starting or stopping. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address has a setting the PostgreSQL client does not accept. Check its values (sslmode, target_session_attrs …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server and the address disagree about encryption. Check sslmode in the address with the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing answers there. Check the address (host, port) and that the server runs, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection. Check the address, that the server runs and that you may connect, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a role&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ServerPlans</name>
    <message>
        <source>A plan on a server needs a name of 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be published: %1 %2: %3. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a plan named “%2”. Choose another name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan “%1” on %2 holds a value Valuemap does not accept (%3 %4: %5). Nothing was written. Ask the plan&apos;s owner to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no level: use viewer, editor or owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role “%1” is not a member of plan “%2”: nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner of plan “%1” may remove members; role “%2” is a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of plan “%2” holds a change Valuemap cannot read (made by a newer Valuemap, or written outside Valuemap). Open the plan again to see its current state; if that does not help, update Valuemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot name a plan on a server: a name is one line without control characters, tabs or direction marks, and does not begin or end with a space. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no role “%2”. Check the name, or ask the administrator to create it (CREATE ROLE %3 LOGIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no role “%2”. Check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan “%1” on %2 that role “%3” may see. Check the name (valuemap server list shows your plans), or ask the plan&apos;s owner to add you: as a viewer to read it, as an editor to change it or record into it (valuemap server members --plan NAME --add %3 editor).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ServerSchema</name>
    <message>
        <source>%1 has a schema named “valuemap” that Valuemap did not make. Valuemap leaves it alone: use another database, or ask the administrator to rename that schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Valuemap schema yet. Create it once with: valuemap server init --server CONN (as the database&apos;s owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds Valuemap schema version %2, made by a newer Valuemap; this one reads up to version %3. Update Valuemap on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an older Valuemap schema (version %2). Ask its administrator to upgrade it with: valuemap server init --server CONN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds Valuemap schema version %2, made by a newer Valuemap; this one knows up to version %3 and leaves it untouched. Update Valuemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role “%1” may not create the Valuemap schema in %2. Run valuemap server init as the database&apos;s owner (or a role with CREATE on it). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the Valuemap schema (version %1) in %2: %3 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Valuemap schema on %1 is already current (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the Valuemap schema (version %1) on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the Valuemap schema on %1 from version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan “%1” holds event “%2” %3 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan “%1” holds story number %2 %3 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be brought to Valuemap schema version 4, which keeps each plan&apos;s pipeline event ids and story numbers unique: %2. Remove the repeated records (keep one of each) and give the repeated stories numbers of their own (as the database&apos;s owner, e.g. in psql), then run valuemap server init again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ServerSession</name>
    <message>
        <source>%1 does not deliver changes as they happen (LISTEN was refused). Others&apos; changes appear when the plan is opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — reconnecting to %1. Everything you changed until now is saved on the server; editing resumes when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not available while offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan “%1” on %2 now holds values Valuemap does not accept (%3), so it is open for viewing only until they are corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role “%1” is now a viewer of plan “%2” on %3. Ask an owner for the editor level to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role “%1” may no longer see plan “%2” on %3 (it was removed as a member, or the plan was deleted). What is shown stays open for viewing only; save a copy, or ask an owner to add you again: the window then follows the plan again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>… and %n more row</numerusform>
            <numerusform>… and %n more rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::SettingsDialog</name>
    <message>
        <source>Configure Valuemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper the PDF exports, the client handout and printing start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as history shows who changed what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent plans listed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used when Valuemap starts next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of language takes effect when Valuemap starts next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ShareOnServerDialog</name>
    <message>
        <source>Share on Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies every part of this plan to a team server, where the people you add as members can work on it with you, live. You become its owner. This file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;name on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the shared plan afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the plan a name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ShortcutSheet</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Several Screens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::SliceCheck</name>
    <message>
        <source>Empty slice: drag stories onto it from Unplanned or another slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a working product: no story for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome: say what this slice should achieve or let you learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer goal: link the goal this slice should move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity: %1 estimated for a capacity of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an activity&apos;s name in quotes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::SliceDetailsPanel</name>
    <message>
        <source>&lt;b&gt;Slice details&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a slice on the board to see and edit what it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story points the team can take, e.g. 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome or hypothesis: what should this slice achieve, or let you learn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome / hypothesis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;goals it should move:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer goals yet: add them on the Goals screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n story(s)</source>
        <translation>
            <numerusform>%1: %n story</numerusform>
            <numerusform>%1: %n stories</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ A working product with a clear purpose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::SqlStore</name>
    <message>
        <source>The bundled sample plan is missing from this build of Valuemap. Reinstall Valuemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist. Check the name and folder, or create a new plan with File → New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Valuemap plan. Choose a .valuemap file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes), so it holds no plan. If it should, restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Valuemap plan (its content is not a Valuemap database). Choose a .valuemap file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is cut short (%2 bytes). Restore it from a backup or a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is cut short (%2 of %3 bytes). Restore it from a backup or a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in another Valuemap window or program. Close it there first, or open a copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only, so it is open for viewing only. To edit it, make the file writable or save a copy (File → Save a Copy As).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of “%1” is read-only, so the plan is open for viewing only. To edit it, save a copy in another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2. Check the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Restore it from a backup or a copy; Valuemap has not changed the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Valuemap plan. Open a .valuemap file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Valuemap (file format %2; this version reads up to %3). Update Valuemap to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name for the new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new plan failed its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new file could not be written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create “%1”: %2. Check that the folder is writable and the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is open for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the open plan itself. Choose another name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a copy as “%1”: %2. Check that the folder is writable and the disk has space; the open plan is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change to “%1”: %2. The plan is unchanged. Free disk space or check the file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating “%1” was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database driver gives no SQLite connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a pipe, a device or a socket), so it holds no plan. Choose a .valuemap file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside “%1” lies “%2”, which is not a regular file. Valuemap does not open the plan with it there; move it away and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: it has no file format version. Restore it from a backup or a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy for the upgrade could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upgraded plan could not be moved into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside “%1” lies “%2”, which does not belong to the plan, and Valuemap could not move it away. Move it away yourself and open the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” did not belong to this plan: it was set aside as “%2” and not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not belong to this plan and was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside “%1” lies “%2”, which does not fit the plan, and Valuemap could not move it away. Move it away yourself and open the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” did not fit this plan: it was set aside as “%2” and not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not fit this plan and was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: no private copy could be made in the temporary folder. Free some space there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be upgraded from file format %2: %3. The file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a plan this version of Valuemap can trust: %2. Valuemap has not changed the file; open the plan it came from, or ask its sender for a clean copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s), so it is open for viewing only: %2. Run “valuemap check” on it for the whole list; “valuemap export json --salvage” saves the rows that are sound.</source>
        <translation>
            <numerusform>“%1” has %n problem, so it is open for viewing only: %2. Run “valuemap check” on it for the whole list; “valuemap export json --salvage” saves the rows that are sound.</numerusform>
            <numerusform>“%1” has %n problems, so it is open for viewing only: %2. Run “valuemap check” on it for the whole list; “valuemap export json --salvage” saves the rows that are sound.</numerusform>
        </translation>
    </message>
    <message>
        <source>the product could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some rows refer to rows that are not in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or its folder has become read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is locked by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change would break the plan&apos;s links between rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database reported error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is missing from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 breaks one of the rules of a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s indexes do not match its rows (the file is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s structure is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 holds a value of the wrong kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has been changed outside Valuemap or is damaged (its checksum does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) with values Valuemap does not accept</source>
        <translation>
            <numerusform>… and %n more row with values Valuemap does not accept</numerusform>
            <numerusform>… and %n more rows with values Valuemap does not accept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) whose checksum does not match</source>
        <translation>
            <numerusform>… and %n more row whose checksum does not match</numerusform>
            <numerusform>… and %n more rows whose checksum does not match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have been removed outside Valuemap (their checksums remain)</source>
        <translation>
            <numerusform>%n row has been removed outside Valuemap (its checksum remains)</numerusform>
            <numerusform>%n rows have been removed outside Valuemap (their checksums remain)</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite cannot check the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is %2 MB long, but the plan in it takes %3 MB. Restore it from a backup or a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the %3 it belongs to or names does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of its %1 records cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is longer than Valuemap reads (over %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be prepared for saving (its journal stayed “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened: its name is not valid UTF-8 (the � stand for bytes Valuemap cannot read). Rename the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::StartVoteDialog</name>
    <message>
        <source>Start Dot Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most valuable stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stories on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vision notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dots each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per line, e.g.
Ana
Ben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Vote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::StoriesCsv</name>
    <message>
        <source>The file is empty. A stories CSV starts with a header line such as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: the header has no column “Title”. The first line must name the columns, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported (Valuemap has no field by that name): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header names only %3 columns. Put text that holds a “%4” in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the field “Title” is empty; every story needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the field “Estimate” holds “%2”, which is not a number of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the field “Value” holds “%2”, which is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the field “Status” holds “%2”; use To do, In progress, Done or Blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies) without an activity or step were put under “Unsorted”.</source>
        <translation>
            <numerusform>%n story without an activity or step was put under “Unsorted”.</numerusform>
            <numerusform>%n stories without an activity or step were put under “Unsorted”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the field “Key” holds “%2”, which is not a story key such as BT-42. Correct it or leave it empty to number the story anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns named a second time, not imported (the first column of each name was): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the key “%2” was already given on line %3, so this story gets a new number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::StoryDetailsPanel</name>
    <message>
        <source>Select a story to see and edit its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the story is about and why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One criterion per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. payments, mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acceptance criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer goals in this plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::StoryFinder</name>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next story that matches the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous story that matches the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what to find in the search field, then press Find Next again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search wrapped to the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search wrapped to the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::StoryMapModel</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::StoryMapScene</name>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collapsed — double-click the arrow to expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::StoryMapScreen</name>
    <message>
        <source>Story Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story &amp;Details Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a story below the selected one, or in the last clicked cell (Ins); type and press Enter to add the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add S&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step after the selected one (Shift+Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity to the backbone (Ctrl+Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a release lane at the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected cards, steps, activities or releases (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste stories (or lines of text) below the selected card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++ or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to 100 % (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the stories (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the personas above the backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any release</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 stories match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map in miniature in a corner, to jump around (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::StoryMapView</name>
    <message>
        <source>Story map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Story(s)</source>
        <translation>
            <numerusform>Paste %n Story</numerusform>
            <numerusform>Paste %n Stories</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Story Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Story Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Step After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Activity After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Lane Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Lane Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Story Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no step yet — add one to the backbone first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is open for viewing only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no step yet: add an activity and a step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be added (see the message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map is empty. Add an activity first (Ctrl+Ins): what the user does, in the order of their journey. Then add its steps (Shift+Ins) and the stories under them (Ins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step to an activity first (Shift+Ins); then add the stories under it (Ins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message>
        <source>Release: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::StorymapsIo</name>
    <message>
        <source>This is not a storymaps.io map: it needs the fields “steps” and “slices” (and “app”: “storymap”). In storymaps.io, use Export → JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “v”: this map is in storymaps.io format version %1; Valuemap reads version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must be an object with a “name”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “slices[%1].stories” is missing: each slice needs a list of cards per step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “slices[%1].stories[%2]” must be a list of cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must be a card (an object with a “name”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1.points” holds “%2”, which is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1.points” must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hidden spacer step(s) left out (Valuemap lays out the map itself).</source>
        <translation>
            <numerusform>%n hidden spacer step left out (Valuemap lays out the map itself).</numerusform>
            <numerusform>%n hidden spacer steps left out (Valuemap lays out the map itself).</numerusform>
        </translation>
    </message>
    <message>
        <source>Step colours are not kept: Valuemap colours activities and cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The legend (%1) became tags of the same colour on %n card(s).</source>
        <translation>
            <numerusform>The legend (%1) became tags of the same colour on %n card.</numerusform>
            <numerusform>The legend (%1) became tags of the same colour on %n cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card link(s) added to the description.</source>
        <translation>
            <numerusform>%n card link added to the description.</numerusform>
            <numerusform>%n card links added to the description.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) with an unknown status imported as “To do”.</source>
        <translation>
            <numerusform>%n card with an unknown status imported as “To do”.</numerusform>
            <numerusform>%n cards with an unknown status imported as “To do”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) beyond the last step left out.</source>
        <translation>
            <numerusform>%n card beyond the last step left out.</numerusform>
            <numerusform>%n cards beyond the last step left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card fields not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The map&apos;s notes (%n line(s)) are not imported: Valuemap has no place for them.</source>
        <translation>
            <numerusform>The map&apos;s notes (%n line) are not imported: Valuemap has no place for them.</numerusform>
            <numerusform>The map&apos;s notes (%n lines) are not imported: Valuemap has no place for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acceptance criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acceptance criteria of %n story(ies) written into the card text.</source>
        <translation>
            <numerusform>Acceptance criteria of %n story written into the card text.</numerusform>
            <numerusform>Acceptance criteria of %n stories written into the card text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Business value of %n story(ies) not exported (storymaps.io has no such field).</source>
        <translation>
            <numerusform>Business value of %n story not exported (storymaps.io has no such field).</numerusform>
            <numerusform>Business value of %n stories not exported (storymaps.io has no such field).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer goals of %n story(ies) not exported.</source>
        <translation>
            <numerusform>Customer goals of %n story not exported.</numerusform>
            <numerusform>Customer goals of %n stories not exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s) without stories not exported.</source>
        <translation>
            <numerusform>%n persona without stories not exported.</numerusform>
            <numerusform>%n personas without stories not exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unplanned stories exported as a slice named “Unplanned”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: the vision, release outcomes and dates, goals, increments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “v” must be a number (storymaps.io writes &quot;v&quot;: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slice “%1” (slices[%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n colour(s) that are not of the form #rrggbb were left out.</source>
        <translation>
            <numerusform>%n colour that is not of the form #rrggbb was left out.</numerusform>
            <numerusform>%n colours that are not of the form #rrggbb were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field “%1” must be a list ([…]), as storymaps.io writes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::StrictJson</name>
    <message>
        <source>Line %1: the JSON nests deeper than %2 levels; a Valuemap or storymaps.io file never does. The file is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the key “%2” appears a second time in the same object (first on line %3). Valuemap cannot tell which one is meant; remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::TimerWidget</name>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the full duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how long the exercise takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timebox of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::VisionCanvas</name>
    <message>
        <source>Vision board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notes: the template asks for three to five</source>
        <translation>
            <numerusform>%n note: the template asks for three to five</numerusform>
            <numerusform>%n notes: the template asks for three to five</numerusform>
        </translation>
    </message>
    <message>
        <source>+ Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Note Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recolour %n Note(s)</source>
        <translation>
            <numerusform>Recolour %n Note</numerusform>
            <numerusform>Recolour %n Notes</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan is open for viewing only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be added (see the message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::VisionExport</name>
    <message>
        <source>No installed font can show these characters, so they appear as “�”: %1. Install a font that has them (for Chinese, Japanese or Korean e.g. Noto Sans CJK) and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the PDF for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the picture for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. The existing file, if any, was left as it was; check the free space and the permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) are too long to read on one page and are shortened on it, with a mark; the plan keeps their whole text.</source>
        <translation>
            <numerusform>%n note is too long to read on one page and is shortened on it, with a mark; the plan keeps its whole text.</numerusform>
            <numerusform>%n notes are too long to read on one page and are shortened on it, with a mark; the plan keeps their whole text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::VisionRenderer</name>
    <message numerus="yes">
        <source>… [%n more character(s) in the plan]</source>
        <translation>
            <numerusform>… [%n more character in the plan]</numerusform>
            <numerusform>… [%n more characters in the plan]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::VisionView</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the board&apos;s titles, on screen and on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Note &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Note &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Vision Statement as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Vision as Pictur&amp;e (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, A4 landscape (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, Letter landscape (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Vision Statement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Vision as Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix of the story keys (BT in BT-42): 1 to 6 letters A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::VotePanel</name>
    <message>
        <source>Dot Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dot vote yet. Start one, then click the cards (or vision notes) to place each participant&apos;s dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Dot Vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants and their dots left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Result&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result by votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply as Business Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Value = Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaled to 1–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaled to 1–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order by Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Now voting: %1, %n dot(s) left.</source>
        <translation>
            <numerusform>Now voting: %1, %n dot left.</numerusform>
            <numerusform>Now voting: %1, %n dots left.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vote has ended; its result stands. Reopen it to vote on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded. Edit → Undo brings the vote back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voted stories have their business value now. Edit → Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step&apos;s stories are in the order of the votes now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each area&apos;s notes are in the order of the votes now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vision notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;On %2 · %n dot(s) each · %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;On %2 · %n dot each · %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;On %2 · %n dots each · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a card to place a dot for the chosen participant; Shift+click takes one back. Keys: + or Space place, − takes back, 1–9 choose who votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a vision note to place a dot for the chosen participant; Shift+click takes one back. Keys: + or Space place, − takes back, 1–9 choose who votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote has ended: its dots stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order Steps by Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order Areas by Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. %2   %3 %n left</source>
        <translation>
            <numerusform>%1. %2   %3 %n left</numerusform>
            <numerusform>%1. %2   %3 %n left</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a vote on vision notes: click the notes on the Vision tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a vote on stories: click the cards on the Story Map tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has placed all %n dot(s). Shift+click or − takes one back.</source>
        <translation>
            <numerusform>%1 has placed their %n dot. Shift+click or − takes it back.</numerusform>
            <numerusform>%1 has placed all %n dots. Shift+click or − takes one back.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no dot here to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dot(s) left.</source>
        <translation>
            <numerusform>%1: %n dot left.</numerusform>
            <numerusform>%1: %n dots left.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has placed all dots. Next: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has placed all dots. End the vote to keep the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card first, or click it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Valuemap&lt;/h1&gt;&lt;p&gt;Plan value delivery: a vision everyone agrees on, a story map, thin releases that are each a working product, and the customer goals they move.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sample Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent plans&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Interface language (de or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your copy of the sample plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the story map to fit the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this screen first (vision, map, releases, goals, increments, charts, outline, vote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the window is painted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours for this run: system, light or dark (View ▸ Theme keeps a choice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown theme “%1”: use system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan on this team server (with --plan): service=NAME or postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan on the server to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server plan needs both --server CONN and --plan NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Charts screen, show this chart (goal, goal:N, burnup, cadence, leadtime, value, frequency, increments, feedback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the story map to this percentage (3 to 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--zoom takes a percentage from 3 to 400, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown screen “%1”: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--present takes a page number from 1 (the vision), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start presentation mode at page N (1 is the vision; beyond the last page, the last).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
