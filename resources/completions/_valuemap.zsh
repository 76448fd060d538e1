#compdef valuemap
# zsh completion for valuemap, installed as share/zsh/vendor-completions/_valuemap.
# tests/tst_install.cpp checks that every command, format and option of the program appears here.

local -a window_options export_formats import_formats charts
window_options=(
  '--sample[open your copy of the sample plan]'
  '--screen[show this screen first]:screen:(vision map releases goals increments charts outline vote)'
  '--fit[zoom the story map to fit the window]'
  '--zoom[zoom the story map to this percentage]:percent:(10 25 50 100 200)'
  '--chart[show the Charts screen with this chart]:chart:(goal burnup cadence leadtime value frequency increments feedback)'
  '--present[start presentation mode at page N]:page number:'
  '--lang[the language of the user interface]:language:(de en)'
  '--theme[the colours of the window]:theme:(light dark system)'
  '--screenshot[save a picture of the window and quit]:picture:_files -g "*.png"'
  '--quit-after-first-frame[quit once the window is painted]'
  '(- *)'{-h,--help}'[print the help]'
  '(- *)'{-v,--version}'[print the version]'
)
export_formats=(
  'vision:the vision statement as a one-page PDF'
  'chart:a chart as PNG or PDF'
  'json:the whole plan as Valuemap JSON'
  'csv:one row per story'
  'storymaps:storymaps.io JSON'
  'jira:CSV for the Jira importer'
  'map-pdf:the story map as PDF'
  'map-png:the story map as PNG'
  'map-svg:the story map as SVG'
  'handout:the client handout PDF'
)
import_formats=(
  'json:Valuemap JSON'
  'csv:stories CSV'
  'storymaps:storymaps.io JSON'
)
charts=(goal burnup cadence leadtime value frequency increments feedback)

local -a output=('(-o --output)'{-o,--output}'[the file to write]:output file:_files'
                 '--lang[the language of the messages]:language:(de en)')

_valuemap_export() {
  local -a opts
  case $words[1] in
    json) opts=('--salvage[write only the sound rows of a plan that fails its checks]') ;;
    vision) opts=('--page[paper size]:page:(a4 letter)') ;;
    chart) opts=('--unit[scope unit]:unit:(stories estimate)') ;;
    csv) opts=('--separator[field separator]:separator:(, \;)' '--bom[start with a byte order mark]') ;;
    jira) opts=('--epics[what becomes an epic]:epics:(activity step)') ;;
    map-pdf) opts=('--tiled[a poster of tiles]' '--page[paper size]:page:(A4 A3 Letter Legal Tabloid)'
                   '(--landscape)--portrait[upright pages]' '(--portrait)--landscape[wide pages]'
                   '--scale[map size on paper, 0.5 to 2]:scale:') ;;
    map-png) opts=('--dpi[resolution, 96 = 100 %]:dpi:') ;;
    handout) opts=('--paper[paper size]:paper:(a4 letter)' '--map[the map fit or tiled]:map:(fit tiled)'
                   '--client[the client on the cover]:client:' '--date[the date on the cover]:date (YYYY-MM-DD):') ;;
  esac
  if [[ $words[1] == chart && CURRENT -eq 2 ]]; then
    _describe -t charts 'chart' charts
    return
  fi
  _arguments -s $output '--force[replace an existing output file]' $opts '*:plan:_files -g "*.valuemap"'
}

_valuemap_server() {
  local -a server=('--server[the server: service=NAME, host=… dbname=… or postgresql://…]:connection:')
  case $words[1] in
    init|list) _arguments -s $server ;;
    publish) _arguments -s $server '--name[the name of the plan on the server]:name:' '*:plan:_files -g "*.valuemap"' ;;
    pull) _arguments -s $server $output '--plan[the plan on the server]:plan:' '--force[replace an existing file]' ;;
    members) _arguments -s $server '--plan[the plan on the server]:plan:' \
               '--add[give a role access]:role: :level:(viewer editor owner)' \
               '--remove[take away a role'"'"'s access]:role:' ;;
  esac
}

local -a record_kinds=(
  'increment:an increment a pipeline delivered'
  'measurement:where a customer goal stands'
  'feedback:what customers said'
)

_valuemap_record() {
  local -a opts=('--event-id[the event'"'"'s own id]:event id:' '--date[the day]:date (YYYY-MM-DD):'
                 '--json[print what was stored as JSON]' '--dry-run[check and print, write nothing]'
                 '--wait[seconds to wait for a busy plan]:seconds:' '--source[who records]:source:'
                 '--lang[the language of the messages]:language:(de en)')
  case $words[1] in
    increment) opts+=('--release[the release]:release:' '--version[the version]:version:'
                      '--commit[the commit]:commit:' '--environment[where it runs]:environment:'
                      '--note[a note]:note:' '--stories[story keys, comma separated]:keys:') ;;
    measurement) opts+=('--goal[the customer goal]:goal:' '--value[the number]:value:' '--note[a note]:note:') ;;
    feedback) opts+=('--increment[the increment version]:version:' '--story[the story key]:key:'
                     '--text[what was said]:text:' '--score[1 to 5]:score:(1 2 3 4 5)') ;;
  esac
  _arguments -s $opts '*:plan:_files -g "*.valuemap"'
}

_valuemap_command() {
  case $words[1] in
    record)
      if (( CURRENT == 2 )); then
        _describe -t kinds 'what to record' record_kinds
      else
        shift words; (( CURRENT-- ))
        _valuemap_record
      fi ;;
    server)
      if (( CURRENT == 2 )); then
        local -a subcommands=('init:create or upgrade the Valuemap schema' 'list:the plans your role may see' \
                              'publish:copy a plan to the server' 'pull:copy a server plan into a new file' \
                              'members:who may read or edit a plan')
        _describe -t commands 'server command' subcommands
      else
        shift words; (( CURRENT-- ))
        _valuemap_server
      fi ;;
    check)
      _arguments '1:plan:_files -g "*.valuemap"' ;;
    import)
      if (( CURRENT == 2 )); then
        _describe -t formats 'import format' import_formats
      else
        _arguments -s $output '--force[replace an existing plan]' '*:input:_files'
      fi ;;
    export)
      if (( CURRENT == 2 )); then
        _describe -t formats 'export format' export_formats
      else
        shift words; (( CURRENT-- ))
        _valuemap_export
      fi ;;
  esac
}

local -a commands=(
  'check:print what the plan holds and whether it is sound'
  'import:make a new plan from json, csv or storymaps'
  'export:write the plan as PDF, PNG, SVG, JSON, CSV or for Jira'
  'server:share plans on a PostgreSQL team server'
  'record:record an increment, measurement or feedback from a pipeline'
)

_arguments -s $window_options \
  '1: :->first' \
  '*:: :->rest'

case $state in
  first)
    _describe -t commands 'command' commands
    _files -g '*.valuemap' ;;
  rest)
    _valuemap_command ;;
esac
