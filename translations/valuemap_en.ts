<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Valuemap::Cli</name>
    <message>
        <source>valuemap check: name exactly one plan file, e.g. valuemap check plan.valuemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap check: %1</source>
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
        <source>Restore the file from a backup, or open it in Valuemap and save a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  valuemap [FILE.valuemap]        open a plan in a window
  valuemap --sample               open your copy of the sample plan
  valuemap check FILE.valuemap    print what the plan holds and whether it is sound
  valuemap --version              print the version
  valuemap --help                 print this help

Options for the window:
  --lang de|en                    the language of the user interface
  --screenshot FILE.png           save a picture of the window and quit

Exit codes: 0 success, 1 the plan has problems, 2 wrong usage or unreadable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuemap: unknown command “%1”.</source>
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
        <source>&lt;h1&gt;Valuemap&lt;/h1&gt;&lt;p&gt;Plan value delivery: a vision everyone agrees on, a story map, thin releases that are each a working product, and the customer goals they move.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Plan…</source>
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
</context>
<context>
    <name>Valuemap::OutlineDelegate</name>
    <message>
        <source>Unplanned</source>
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
    <name>Valuemap::PlanCheck</name>
    <message>
        <source>the order of %1 under %2 has gaps or duplicates</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>Valuemap::ReleaseBoardScene</name>
    <message>
        <source>Releases, in delivery order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>YYYY-MM-DD, e.g. 2026-09-30</source>
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
        <source>“%1” is not a date. Enter it as YYYY-MM-DD, e.g. 2026-09-30, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer goals yet: add them on the Goals screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✓ A working product with a clear purpose.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n story(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
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
        <source>“%1” uses an older file format (%2) that must be upgraded, but it is read-only. Make it writable, or copy it to a writable folder, and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be upgraded from file format %2: %3. The file is unchanged; report this problem with a copy of the file.</source>
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
        <source>the new file could not be moved into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create “%1”: %2. Check that the folder is writable and the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read (%2). Restore it from a backup or a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is open for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of %2 is missing</source>
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
        <source>the copy could not be moved into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a copy as “%1”: %2. Check that the folder is writable and the disk has space; the open plan is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change to “%1”: %2. The plan is unchanged. Free disk space or check the file, then try again.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 stories match</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Show this screen first (map, outline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the story map to fit the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
