# bash completion for valuemap                                      -*- shell-script -*-
# Installed as share/bash-completion/completions/valuemap. tests/tst_install.cpp checks that
# every command, format and option of the program appears here.

_valuemap()
{
    local cur prev words cword
    _init_completion || return

    local window_options="--sample --screen --fit --zoom --chart --present --lang --theme --screenshot
        --quit-after-first-frame --help --version"
    local export_formats="vision chart json csv storymaps jira map-pdf map-png map-svg handout"
    local import_formats="json csv storymaps"
    local charts="goal burnup cadence leadtime value frequency increments feedback"

    # Values of options, wherever they stand.
    case $prev in
        --lang) COMPREPLY=($(compgen -W "de en" -- "$cur")); return ;;
        --theme) COMPREPLY=($(compgen -W "light dark system" -- "$cur")); return ;;
        --screen) COMPREPLY=($(compgen -W "vision map releases goals increments charts outline vote" -- "$cur")); return ;;
        --chart) COMPREPLY=($(compgen -W "$charts" -- "$cur")); return ;;
        --present|--zoom|--dpi|--scale|--client|--date) return ;;
        --event-id|--release|--version|--commit|--environment|--note|--stories|--goal|--value|\
        --increment|--story|--text|--score|--wait|--source) return ;;
        --page) COMPREPLY=($(compgen -W "a4 a3 letter legal tabloid" -- "$cur")); return ;;
        --paper) COMPREPLY=($(compgen -W "a4 letter" -- "$cur")); return ;;
        --map) COMPREPLY=($(compgen -W "fit tiled" -- "$cur")); return ;;
        --unit) COMPREPLY=($(compgen -W "stories estimate" -- "$cur")); return ;;
        --epics) COMPREPLY=($(compgen -W "activity step" -- "$cur")); return ;;
        --separator) COMPREPLY=($(compgen -W ", \\;" -- "$cur")); return ;;
        --screenshot) _filedir png; return ;;
        -o|--output) _filedir; return ;;
        --server|--name|--plan|--remove) return ;;
        --add) return ;;
    esac

    # The command is the first word that is not an option (or the value of --lang).
    local i command="" format=""
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --lang|--theme) ((i++)) ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then
                    command=${words[i]}
                elif [[ -z $format ]]; then
                    format=${words[i]}
                fi
                ;;
        esac
    done

    case $command in
        "")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "$window_options" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "check import export server record" -- "$cur"))
                _filedir valuemap
            fi
            ;;
        check)
            _filedir valuemap
            ;;
        record)
            if [[ -z $format ]]; then
                COMPREPLY=($(compgen -W "increment measurement feedback --help" -- "$cur"))
            elif [[ $cur == -* ]]; then
                local opts="--event-id --date --json --dry-run --wait --source --lang"
                case $format in
                    increment) opts+=" --release --version --commit --environment --note --stories" ;;
                    measurement) opts+=" --goal --value --note" ;;
                    feedback) opts+=" --increment --story --text --score" ;;
                esac
                COMPREPLY=($(compgen -W "$opts" -- "$cur"))
            else
                _filedir valuemap
            fi
            ;;
        server)
            if [[ -z $format ]]; then
                COMPREPLY=($(compgen -W "init list publish pull members --help" -- "$cur"))
            elif [[ $cur == -* ]]; then
                local opts="--server"
                case $format in
                    publish) opts+=" --name" ;;
                    pull) opts+=" --plan -o --output --force" ;;
                    members) opts+=" --plan --add --remove" ;;
                esac
                COMPREPLY=($(compgen -W "$opts" -- "$cur"))
            elif [[ $prev == --add || ${words[cword - 2]} == --add ]]; then
                COMPREPLY=($(compgen -W "viewer editor owner" -- "$cur"))
            else
                _filedir valuemap
            fi
            ;;
        import)
            if [[ -z $format ]]; then
                COMPREPLY=($(compgen -W "$import_formats --help" -- "$cur"))
            elif [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "-o --output --force --lang" -- "$cur"))
            else
                _filedir
            fi
            ;;
        export)
            if [[ -z $format ]]; then
                COMPREPLY=($(compgen -W "$export_formats --help" -- "$cur"))
                return
            fi
            if [[ $format == chart && ${words[cword - 1]} == chart ]]; then
                COMPREPLY=($(compgen -W "$charts" -- "$cur"))
                return
            fi
            if [[ $cur == -* ]]; then
                local opts="-o --output --force --lang"
                case $format in
                    json) opts+=" --salvage" ;;
                    vision) opts+=" --page" ;;
                    chart) opts+=" --unit" ;;
                    csv) opts+=" --separator --bom" ;;
                    jira) opts+=" --epics" ;;
                    map-pdf) opts+=" --tiled --page --portrait --landscape --scale" ;;
                    map-png) opts+=" --dpi" ;;
                    handout) opts+=" --paper --map --client --date" ;;
                esac
                COMPREPLY=($(compgen -W "$opts" -- "$cur"))
            else
                _filedir valuemap
            fi
            ;;
    esac
} &&
    complete -F _valuemap valuemap

# ex: filetype=sh
