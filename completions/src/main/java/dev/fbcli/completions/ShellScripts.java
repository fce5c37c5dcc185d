package dev.fbcli.completions;

import dev.fbcli.completions.CompletionModel.Command;
import dev.fbcli.completions.CompletionModel.Option;
import dev.fbcli.completions.CompletionModel.Positional;
import dev.fbcli.completions.NameCache.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the bash, zsh and fish scripts from a {@link CompletionModel}.
 *
 * <p>Each script has two parts: data written from the model (one numbered node per command, with
 * its subcommands, options and value kinds) and a small fixed walker that reads the words before
 * the cursor the way picocli parses them (options that take a value skip the next word, the first
 * word that names a subcommand descends into it, other words count as positionals). Bash and zsh
 * share the data and the walker; fish has the same in its own syntax.
 *
 * <p>Names (clients, projects, ...) are read at TAB time from the cache's text files
 * ({@code <cache>/<account>/clients.txt}, one name per line), found the way {@code fb} finds its
 * cache: {@code $FB_HOME/cache}, else {@code $XDG_CACHE_HOME/fb}, else {@code ~/.cache/fb}; the
 * account is {@code sandbox} when {@code --sandbox} is on the line, else {@code $FB_PROFILE}, else
 * the {@code profile} of {@code config.json}, else {@code default}. No JVM starts and nothing goes
 * to the network on TAB.
 */
final class ShellScripts {
    private ShellScripts() {}

    /** A command with its node number, in depth-first order (the root is 0). */
    private record Node(int id, Command cmd) {}

    private static List<Node> nodes(CompletionModel model) {
        List<Node> out = new ArrayList<>();
        collect(model.root(), out);
        return out;
    }

    private static void collect(Command c, List<Node> out) {
        out.add(new Node(out.size(), c));
        for (Command sub : c.subcommands()) {
            collect(sub, out);
        }
    }

    private static int idOf(List<Node> nodes, Command c) {
        for (Node n : nodes) {
            if (n.cmd() == c) {
                return n.id();
            }
        }
        throw new IllegalStateException("not in the tree: " + c.name());
    }

    /** A prefix for the script's functions and variables: {@code __fb_}. */
    private static String prefix(CompletionModel model) {
        return "__" + model.root().name().replaceAll("[^A-Za-z0-9_]", "_") + "_";
    }

    // ---------------------------------------------------------------- bash and zsh

    static String bash(CompletionModel model) {
        String p = prefix(model);
        String name = model.root().name();
        return header(
                        name,
                        "bash",
                        "source it from ~/.bashrc, or install it as " + "share/bash-completion/completions/" + name
                                + " (install.sh does)")
                + posixData(model, p)
                + POSIX_WALKER.replace("@P@", p)
                + bashQuoteProbe(p)
                + BASH_FUNCTION.replace("@P@", p).replace("@NAME@", name);
    }

    static String zsh(CompletionModel model) {
        String p = prefix(model);
        String name = model.root().name();
        return "#compdef " + name + "\n"
                + header(
                        name,
                        "zsh",
                        "put it in a directory of $fpath as _" + name
                                + " (install.sh uses share/zsh/site-functions), or source it after compinit")
                + posixData(model, p)
                + POSIX_WALKER.replace("@P@", p)
                + ZSH_FUNCTION.replace("@P@", p).replace("@NAME@", name);
    }

    private static String header(String name, String shell, String how) {
        return "# " + shell + " completion for " + name + ", written by `" + name + " completion " + shell
                + "` from the command model.\n"
                + "# Install: " + how + ".\n"
                + "# Names (clients, projects, services...) come from " + name
                + "'s local cache, never from the network.\n";
    }

    private static String posixData(CompletionModel model, String p) {
        List<Node> nodes = nodes(model);
        StringBuilder node = new StringBuilder();
        StringBuilder child = new StringBuilder();
        StringBuilder values = new StringBuilder();
        StringBuilder positional = new StringBuilder();
        for (Node n : nodes) {
            Command c = n.cmd();
            node.append("    ").append(n.id()).append(")\n");
            node.append("      ")
                    .append(p)
                    .append("subs=")
                    .append(sq(subLines(c)))
                    .append('\n');
            node.append("      ")
                    .append(p)
                    .append("opts=")
                    .append(sq(optionLines(c)))
                    .append('\n');
            node.append("      ")
                    .append(p)
                    .append("valopts=")
                    .append(sq(" " + String.join(" ", valueOptionNames(c)) + " "))
                    .append('\n');
            node.append("      ;;\n");
            for (Command sub : c.subcommands()) {
                List<String> names = new ArrayList<>();
                names.add(sq(n.id() + " " + sub.name()));
                for (String a : sub.aliases()) {
                    names.add(sq(n.id() + " " + a));
                }
                child.append("    ")
                        .append(String.join("|", names))
                        .append(") ")
                        .append(p)
                        .append("r=")
                        .append(idOf(nodes, sub))
                        .append(" ;;\n");
            }
            for (Option o : c.options()) {
                if (!o.takesValue() || o.values().isNone()) {
                    continue;
                }
                List<String> keys = new ArrayList<>();
                for (String on : o.names()) {
                    keys.add(sq(n.id() + " " + on));
                }
                values.append("    ")
                        .append(String.join("|", keys))
                        .append(")\n")
                        .append("      ")
                        .append(posixValues(o.values(), p))
                        .append(" ;;\n");
            }
            List<String> ranges = new ArrayList<>();
            for (Positional pos : c.positionals()) {
                if (pos.values().isNone()) {
                    continue;
                }
                String cond = pos.max() == Integer.MAX_VALUE
                        ? "[ \"$2\" -ge " + pos.min() + " ]"
                        : "[ \"$2\" -ge " + pos.min() + " ] && [ \"$2\" -le " + pos.max() + " ]";
                ranges.add("      if " + cond + "; then " + posixValues(pos.values(), p) + "; return; fi\n");
            }
            if (!ranges.isEmpty()) {
                positional.append("    ").append(n.id()).append(")\n");
                ranges.forEach(positional::append);
                positional.append("      ;;\n");
            }
        }
        return "\n# The command tree: one node per command. subs and opts are lines of name<TAB>description;\n"
                + "# valopts are the options that take a value.\n"
                + p + "node() {\n"
                + "  case $1 in\n" + node
                + "    *) " + p + "subs= " + p + "opts= " + p + "valopts= ;;\n"
                + "  esac\n}\n\n"
                + "# " + p + "child NODE WORD: the node of subcommand WORD of NODE in " + p + "r, or nothing.\n"
                + p + "child() {\n"
                + "  " + p + "r=\n"
                + "  case \"$1 $2\" in\n" + child + "  esac\n}\n\n"
                + "# " + p + "values NODE OPTION: how the option's value completes, in " + p
                + "t (choices, names or files)\n"
                + "# and " + p + "w (the choices, or the cache files to read names from).\n"
                + p + "values() {\n"
                + "  " + p + "t= " + p + "w=\n"
                + "  case \"$1 $2\" in\n" + values + "  esac\n}\n\n"
                + "# " + p + "positional NODE INDEX: the same for the positional parameter at INDEX.\n"
                + p + "positional() {\n"
                + "  " + p + "t= " + p + "w=\n"
                + "  case $1 in\n" + positional + "  esac\n}\n";
    }

    private static String posixValues(Values v, String p) {
        switch (v.type()) {
            case CHOICES:
                return p + "t=choices " + p + "w=" + sq(String.join("\n", v.choices()));
            case NAMES:
                return p + "t=names " + p + "w=" + sq(String.join("\n", nameFiles(v)));
            case FILES:
                return p + "t=files";
            default:
                return p + "t=";
        }
    }

    // ---------------------------------------------------------------- fish

    static String fish(CompletionModel model) {
        String p = prefix(model);
        String name = model.root().name();
        List<Node> nodes = nodes(model);
        StringBuilder node = new StringBuilder();
        StringBuilder child = new StringBuilder();
        StringBuilder values = new StringBuilder();
        StringBuilder positional = new StringBuilder();
        for (Node n : nodes) {
            Command c = n.cmd();
            node.append("        case ").append(n.id()).append('\n');
            node.append("            set -g ")
                    .append(p)
                    .append("subs")
                    .append(fishList(lines(subLines(c))))
                    .append('\n');
            node.append("            set -g ")
                    .append(p)
                    .append("opts")
                    .append(fishList(lines(optionLines(c))))
                    .append('\n');
            node.append("            set -g ")
                    .append(p)
                    .append("valopts")
                    .append(fishList(valueOptionNames(c)))
                    .append('\n');
            for (Command sub : c.subcommands()) {
                List<String> keys = new ArrayList<>();
                keys.add(fq(n.id() + " " + sub.name()));
                for (String a : sub.aliases()) {
                    keys.add(fq(n.id() + " " + a));
                }
                child.append("        case ")
                        .append(String.join(" ", keys))
                        .append("\n            echo ")
                        .append(idOf(nodes, sub))
                        .append('\n');
            }
            for (Option o : c.options()) {
                if (!o.takesValue() || o.values().isNone()) {
                    continue;
                }
                List<String> keys = new ArrayList<>();
                for (String on : o.names()) {
                    keys.add(fq(n.id() + " " + on));
                }
                values.append("        case ")
                        .append(String.join(" ", keys))
                        .append("\n            ")
                        .append(fishValues(o.values(), p))
                        .append('\n');
            }
            List<String> ranges = new ArrayList<>();
            for (Positional pos : c.positionals()) {
                if (pos.values().isNone()) {
                    continue;
                }
                String cond = pos.max() == Integer.MAX_VALUE
                        ? "test $argv[2] -ge " + pos.min()
                        : "test $argv[2] -ge " + pos.min() + " -a $argv[2] -le " + pos.max();
                ranges.add("            if " + cond + "\n                " + fishValues(pos.values(), p)
                        + "\n                return\n            end\n");
            }
            if (!ranges.isEmpty()) {
                positional.append("        case ").append(n.id()).append('\n');
                ranges.forEach(positional::append);
            }
        }
        String data = "\n# The command tree: one node per command; subs and opts are name<TAB>description.\n"
                + "function " + p + "node\n"
                + "    set -g " + p + "subs\n    set -g " + p + "opts\n    set -g " + p + "valopts\n"
                + "    switch $argv[1]\n" + node + "    end\nend\n\n"
                + "function " + p + "child\n"
                + "    switch \"$argv[1] $argv[2]\"\n" + child + "    end\nend\n\n"
                + "function " + p + "values\n"
                + "    set -g " + p + "t\n    set -g " + p + "w\n"
                + "    switch \"$argv[1] $argv[2]\"\n" + values + "    end\nend\n\n"
                + "function " + p + "positional\n"
                + "    set -g " + p + "t\n    set -g " + p + "w\n"
                + "    switch $argv[1]\n" + positional + "    end\nend\n";
        return header(
                        name,
                        "fish",
                        "save it as ~/.config/fish/completions/" + name
                                + ".fish (install.sh uses share/fish/vendor_completions.d)")
                + data
                + FISH_FUNCTIONS.replace("@P@", p).replace("@NAME@", name);
    }

    private static String fishValues(Values v, String p) {
        switch (v.type()) {
            case CHOICES:
                return "set -g " + p + "t choices; set -g " + p + "w" + fishList(v.choices());
            case NAMES:
                return "set -g " + p + "t names; set -g " + p + "w" + fishList(nameFiles(v));
            case FILES:
                return "set -g " + p + "t files";
            default:
                return "set -g " + p + "t";
        }
    }

    private static String fishList(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (String s : items) {
            sb.append(' ').append(fq(s));
        }
        return sb.toString();
    }

    /** A fish single-quoted string: only {@code \} and {@code '} are special inside. */
    private static String fq(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    // ---------------------------------------------------------------- shared

    private static String subLines(Command c) {
        List<String> out = new ArrayList<>();
        for (Command sub : c.subcommands()) {
            out.add(sub.name() + "\t" + clean(sub.description()));
            for (String a : sub.aliases()) {
                out.add(a + "\t" + clean(sub.description()));
            }
        }
        return String.join("\n", out);
    }

    private static String optionLines(Command c) {
        List<String> out = new ArrayList<>();
        for (Option o : c.options()) {
            for (String n : o.names()) {
                out.add(n + "\t" + clean(o.description()));
            }
        }
        return String.join("\n", out);
    }

    private static List<String> valueOptionNames(Command c) {
        List<String> out = new ArrayList<>();
        for (Option o : c.options()) {
            if (o.takesValue()) {
                out.addAll(o.names());
            }
        }
        return out;
    }

    private static List<String> nameFiles(Values v) {
        List<String> files = new ArrayList<>();
        for (Kind k : v.names()) {
            files.add(k.textFile());
        }
        return files;
    }

    private static List<String> lines(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split("\n", -1));
    }

    /** One line, no tabs, not too long: descriptions are shown beside candidates. */
    private static String clean(String s) {
        String t = s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
        return t.length() > 70 ? t.substring(0, 67).strip() + "..." : t;
    }

    /** A POSIX single-quoted string. */
    /**
     * The names the bash script quotes before it reads a cache's {@code *.quoted.txt} on an empty word, and
     * how {@link BashQuote} quoted them: a bash that quotes them otherwise (another version, a locale
     * that is not UTF-8) quotes each name on TAB as before.
     */
    private static String bashQuoteProbe(String p) {
        StringBuilder probe = new StringBuilder();
        StringBuilder want = new StringBuilder();
        for (String s : BashQuote.probes()) {
            probe.append("  ").append(BashQuote.literal(s)).append('\n');
            want.append(BashQuote.quote(s)).append('\n');
        }
        return "\n# " + p + "qprobe, " + p + "qwant: names, and how fb quoted them in the cache's *.quoted.txt; the\n"
                + "# script reads those files only if this bash's printf %q quotes the names the same.\n"
                + p + "qprobe=(\n" + probe + ")\n"
                + p + "qwant=" + BashQuote.literal(want.toString()) + "\n";
    }

    static String sq(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- fixed parts

    /**
     * The walker and the name reader, in the syntax bash and zsh share. {@code @P@walk WORDS...}
     * reads the words before the current one and leaves the node reached in {@code @P@n}, the
     * index of the next positional in {@code @P@pos}, and in {@code @P@pend} an option still
     * waiting for its value.
     */
    private static final String POSIX_WALKER =
            """

            @P@walk() {
              local w end=
              @P@n=0 @P@pos=0 @P@pend=
              @P@node 0
              for w in "$@"; do
                if [ -n "$@P@pend" ]; then @P@pend=; continue; fi
                if [ -n "$end" ]; then @P@pos=$((@P@pos + 1)); continue; fi
                case $w in
                  --) end=1 ;;
                  -*=*) ;;
                  -*) case $@P@valopts in *" $w "*) @P@pend=$w ;; esac ;;
                  *)
                    @P@r=
                    [ "$@P@pos" -eq 0 ] && @P@child "$@P@n" "$w"
                    if [ -n "$@P@r" ]; then @P@n=$@P@r; @P@node "$@P@n"; else @P@pos=$((@P@pos + 1)); fi
                    ;;
                esac
              done
            }

            # @P@cache_names SANDBOX FILES...: the names in the cache's FILES (clients.txt...), one per
            # element of @P@names. The cache is where fb keeps it: $FB_HOME/cache, $XDG_CACHE_HOME/fb or
            # ~/.cache/fb; the account is sandbox with --sandbox, else $FB_PROFILE, else config.json's
            # "profile", else default.
            @P@cache_names() {
              local cache config account f line text= re= c i
              @P@names=()
              case $FB_HOME in
                *[![:space:]]*) cache=$FB_HOME/cache config=$FB_HOME/config ;;
                *)
                  case $XDG_CACHE_HOME in *[![:space:]]*) cache=$XDG_CACHE_HOME/fb ;; *) cache=$HOME/.cache/fb ;; esac
                  case $FB_CONFIG_DIR in
                    *[![:space:]]*) config=$FB_CONFIG_DIR ;;
                    *) case $XDG_CONFIG_HOME in *[![:space:]]*) config=$XDG_CONFIG_HOME/fb ;; *) config=$HOME/.config/fb ;; esac ;;
                  esac
                  ;;
              esac
              if [ -n "$1" ]; then
                account=sandbox
              else
                case $FB_PROFILE in *[![:space:]]*) account=$FB_PROFILE ;; *) account=default ;; esac
                if [ "$account" = default ] && [ -z "$FB_PROFILE" ] && [ -r "$config/config.json" ]; then
                  while IFS= read -r line || [ -n "$line" ]; do text=$text$line; done < "$config/config.json"
                  case $text in
                    *'"profile"'*)
                      text=${text#*'"profile"'}; text=${text#*'"'}; text=${text%%'"'*}
                      [ -n "$text" ] && account=$text ;;
                  esac
                fi
              fi
              shift
              if [ -n "$@P@grep" ] && [ "${BASH_VERSINFO[0]:-0}" -ge 4 ]; then
                # the word as a basic regular expression: its . [ \\ * ^ $ taken literally
                for (( i = 0; i < ${#@P@grep}; i++ )); do
                  c=${@P@grep:i:1}
                  case $c in
                    [.\\[\\\\*^$]) re+=\\\\$c ;;
                    *) re+=$c ;;
                  esac
                done
              fi
              if [ -n "$@P@fast" ]; then
                # bash 4+, an empty word: the names as fb quoted them when it wrote the cache, when each
                # file has its quoted one and that is not older than it; else @P@fast is emptied
                for f in "$@"; do
                  [ -r "$cache/$account/$f" ] || continue
                  if [ ! -r "$cache/$account/${f%.txt}.quoted.txt" ] || [ "$cache/$account/$f" -nt "$cache/$account/${f%.txt}.quoted.txt" ]; then
                    @P@fast=
                    break
                  fi
                done
                if [ -n "$@P@fast" ]; then
                  for f in "$@"; do
                    [ -r "$cache/$account/$f" ] || continue
                    mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < "$cache/$account/${f%.txt}.quoted.txt"
                  done
                  return 0
                fi
              fi
              for f in "$@"; do
                [ -r "$cache/$account/$f" ] || continue
                if [ "${BASH_VERSINFO[0]:-0}" -ge 4 ]; then
                  # bash 4+: mapfile reads 10,000 names in a few ms (read -r takes ~200 ms); with a
                  # word to find, grep keeps only the names starting with it in any case (the caller
                  # checks the prefix again as bash matches it)
                  if [ -n "$@P@grep" ]; then
                    mapfile -t -O "${#@P@names[@]}" @P@names < <(grep -i -e "^$re" -- "$cache/$account/$f")
                  else
                    mapfile -t -O "${#@P@names[@]}" @P@names < "$cache/$account/$f"
                  fi
                else
                  while IFS= read -r line || [ -n "$line" ]; do
                    [ -n "$line" ] && @P@names+=("$line")
                  done < "$cache/$account/$f"
                fi
              done
            }
            """;

    private static final String BASH_FUNCTION =
            """

            _@NAME@() {
              local cur w i glue= sandbox= IFS=$' \\t\\n'
              local -a ws=()
              COMPREPLY=()
              # bash splits --option=value at '=': glue the pieces back together
              for (( i = 1; i <= COMP_CWORD; i++ )); do
                w=${COMP_WORDS[i]}
                if [ -n "$glue" ]; then ws[${#ws[@]}-1]+=$w; glue=; continue; fi
                if [[ $w == = && ${#ws[@]} -gt 0 && ${ws[${#ws[@]}-1]} == --* && ${ws[${#ws[@]}-1]} != *=* ]]; then
                  ws[${#ws[@]}-1]+==; glue=1; continue
                fi
                ws+=("$w")
              done
              cur=${ws[${#ws[@]}-1]}
              unset 'ws[${#ws[@]}-1]'
              for w in "${COMP_WORDS[@]}"; do [ "$w" = --sandbox ] && sandbox=1; done
              @P@walk "${ws[@]}"
              if [ -n "$@P@pend" ]; then
                @P@values "$@P@n" "$@P@pend"
                @P@bash_reply "$cur" "$sandbox"
              elif [[ $cur == -*=* ]]; then
                @P@values "$@P@n" "${cur%%=*}"
                @P@bash_reply "${cur#*=}" "$sandbox"
              elif [[ $cur == -* ]]; then
                @P@bash_words "$cur" "$@P@opts"
              else
                [ "$@P@pos" -eq 0 ] && @P@bash_words "$cur" "$@P@subs"
                @P@positional "$@P@n" "$@P@pos"
                if [ -n "$@P@t" ]; then
                  @P@bash_reply "$cur" "$sandbox"
                elif [ -z "$@P@subs" ] && [ -z "$cur" ]; then
                  @P@bash_words "$cur" "$@P@opts"
                fi
              fi
              return 0
            }

            # @P@bash_words CUR LINES: the first field of each line that starts with CUR.
            @P@bash_words() {
              local line IFS=$'\\n'
              for line in $2; do
                line=${line%%$'\\t'*}
                [[ $line == "$1"* ]] && COMPREPLY+=("$line")
              done
            }

            # @P@bash_reply CUR SANDBOX: the values @P@values or @P@positional found, for CUR.
            @P@bash_reply() {
              local cur=$1 quote= name q IFS=$'\\n' nocase=
              case $@P@t in
                choices) @P@bash_words "$cur" "$@P@w" ;;
                files)
                  compopt -o filenames 2>/dev/null
                  COMPREPLY+=($(compgen -f -- "$cur"))
                  ;;
                names)
                  case $cur in
                    \\'*) quote=1; cur=${cur#\\'} ;;
                    \\"*) quote=1; cur=${cur#\\"} ;;
                    *) cur=${cur//\\\\/} ;;
                  esac
                  @P@fast=
                  if [ -z "$cur" ] && [ -z "$quote" ] && [ "${BASH_VERSINFO[0]:-0}" -ge 4 ]; then
                    # every name: read them quoted from the cache if this bash quotes as fb did
                    printf -v q '%q\\n' "${@P@qprobe[@]}"
                    [ "$q" = "$@P@qwant" ] && @P@fast=1
                  fi
                  @P@grep=$cur
                  @P@cache_names "$2" $@P@w
                  @P@grep=
                  if [ -n "$@P@fast" ]; then
                    @P@fast=
                    return 0
                  fi
                  if [ "${BASH_VERSINFO[0]:-0}" -ge 4 ]; then
                    @P@bash_names "$cur" "$quote"
                    return 0
                  fi
                  shopt -q nocasematch && nocase=1
                  shopt -s nocasematch
                  for name in "${@P@names[@]}"; do
                    [ -n "$name" ] || continue
                    [[ $name == "$cur"* ]] || continue
                    if [ -n "$quote" ]; then COMPREPLY+=("$name"); else printf -v q '%q' "$name"; COMPREPLY+=("$q"); fi
                  done
                  [ -n "$nocase" ] || shopt -u nocasematch
                  ;;
              esac
            }

            # @P@bash_names CUR QUOTE (bash 4+): the names of @P@names that start with CUR in any case,
            # not empty, into COMPREPLY as they are after an opened quote, else as printf %q writes them.
            # No command per name (a loop costs bash ~5 us a name, a printf per name ~35 us): grep kept
            # the names starting with CUR as grep folds case, bash's own test checks them all in one
            # expansion (CUR taken off the front of each, a name left with something else in front
            # failed; one by one only then), one printf quotes them all, split at its newlines (%q
            # writes none).
            @P@bash_names() {
              local name q all nocase= noglob= IFS=$'\\n'
              local -a keep=()
              if [ -n "$1" ]; then
                shopt -q nocasematch && nocase=1
                shopt -s nocasematch
                all=$'\\n'"${@P@names[*]/#"$1"/$'\\1'}"
                if [[ $all == *$'\\n'[!$'\\1']* ]]; then
                  for name in "${@P@names[@]}"; do
                    [[ $name == "$1"* ]] && keep+=("$name")
                  done
                  @P@names=("${keep[@]}")
                fi
                [ -n "$nocase" ] || shopt -u nocasematch
              elif [[ $'\\n'"${@P@names[*]}"$'\\n' == *$'\\n\\n'* ]]; then
                for name in "${@P@names[@]}"; do
                  [ -n "$name" ] && keep+=("$name")
                done
                @P@names=("${keep[@]}")
              fi
              [ "${#@P@names[@]}" -gt 0 ] || return 0
              if [ -n "$2" ]; then
                COMPREPLY+=("${@P@names[@]}")
              else
                printf -v q '%q\\n' "${@P@names[@]}"
                case $- in *f*) noglob=1 ;; *) set -f ;; esac
                COMPREPLY+=($q)
                [ -n "$noglob" ] || set +f
              fi
            }

            complete -F _@NAME@ @NAME@
            """;

    private static final String ZSH_FUNCTION =
            """

            _@NAME@() {
              local cur=${words[CURRENT]} w sandbox=
              local -a @P@names
              for w in "${words[@]}"; do [[ $w == --sandbox ]] && sandbox=1; done
              @P@walk "${(@)words[2,CURRENT-1]}"
              if [[ -n $@P@pend ]]; then
                @P@values "$@P@n" "$@P@pend"
                @P@zsh_reply "$sandbox"
              elif [[ $cur == -*=* ]]; then
                compset -P '*='
                @P@values "$@P@n" "${cur%%=*}"
                @P@zsh_reply "$sandbox"
              elif [[ $cur == -* ]]; then
                @P@zsh_words "$@P@opts" option
              else
                [[ $@P@pos -eq 0 && -n $@P@subs ]] && @P@zsh_words "$@P@subs" command
                @P@positional "$@P@n" "$@P@pos"
                if [[ -n $@P@t ]]; then
                  @P@zsh_reply "$sandbox"
                elif [[ -z $@P@subs && -z $cur ]]; then
                  @P@zsh_words "$@P@opts" option
                fi
              fi
            }

            # @P@zsh_words LINES TAG: each line is name<TAB>description.
            @P@zsh_words() {
              local line
              local -a ws ds
              for line in "${(@f)1}"; do
                [[ -n $line ]] || continue
                ws+=("${line%%$'\\t'*}")
                ds+=("${(r:16:)${line%%$'\\t'*}} -- ${line#*$'\\t'}")
              done
              (( ${#ws} )) && compadd -J "$2" -l -d ds -a ws
            }

            @P@zsh_reply() {
              local -a ws
              case $@P@t in
                choices) ws=("${(@f)@P@w}"); compadd -a ws ;;
                files) _files ;;
                names)
                  @P@cache_names "$1" ${=@P@w}
                  (( ${#@P@names} )) && compadd -a @P@names
                  ;;
              esac
            }

            # Loaded by compinit from $fpath, this file's body runs once as _@NAME@: the definitions
            # above replace it, then it completes. Sourced instead, it registers itself.
            if [[ ${funcstack[1]} == _@NAME@ ]]; then
              _@NAME@ "$@"
            elif (( ${+functions[compdef]} )); then
              compdef _@NAME@ @NAME@
            fi
            """;

    private static final String FISH_FUNCTIONS =
            """

            # @P@cache_names FILES...: the names in those cache files, one per line. The cache is where
            # fb keeps it: $FB_HOME/cache, $XDG_CACHE_HOME/fb or ~/.cache/fb; the account is sandbox with
            # --sandbox on the line, else $FB_PROFILE, else config.json's "profile", else default.
            function @P@cache_names
                set -l cache
                set -l config
                if string match -qr '\\S' -- "$FB_HOME"
                    set cache "$FB_HOME/cache"
                    set config "$FB_HOME/config"
                else
                    if string match -qr '\\S' -- "$XDG_CACHE_HOME"
                        set cache "$XDG_CACHE_HOME/fb"
                    else
                        set cache "$HOME/.cache/fb"
                    end
                    if string match -qr '\\S' -- "$FB_CONFIG_DIR"
                        set config "$FB_CONFIG_DIR"
                    else if string match -qr '\\S' -- "$XDG_CONFIG_HOME"
                        set config "$XDG_CONFIG_HOME/fb"
                    else
                        set config "$HOME/.config/fb"
                    end
                end
                set -l account default
                if contains -- --sandbox (commandline -opc)
                    set account sandbox
                else if string match -qr '\\S' -- "$FB_PROFILE"
                    set account (string trim -- "$FB_PROFILE")
                else if test -r "$config/config.json"
                    set -l p (string match -r '"profile"\\s*:\\s*"([^"]*)"' < "$config/config.json")
                    if test -n "$p[2]"
                        set account $p[2]
                    end
                end
                for f in $argv
                    if test -r "$cache/$account/$f"
                        string match -v '' < "$cache/$account/$f"
                    end
                end
            end

            # @P@complete: the candidates for the word under the cursor, as name<TAB>description lines.
            function @P@complete
                set -l words (commandline -opc)
                set -l cur (commandline -ct)
                set -g @P@n 0
                set -l pos 0
                set -l pend
                set -l end
                @P@node 0
                for w in $words[2..-1]
                    if test -n "$pend"
                        set pend
                        continue
                    end
                    if test -n "$end"
                        set pos (math $pos + 1)
                        continue
                    end
                    switch $w
                        case --
                            set end 1
                        case '-*=*'
                        case '-*'
                            if contains -- $w $@P@valopts
                                set pend $w
                            end
                        case '*'
                            set -l c
                            if test $pos -eq 0
                                set c (@P@child $@P@n $w)
                            end
                            if test -n "$c"
                                set -g @P@n $c
                                @P@node $c
                            else
                                set pos (math $pos + 1)
                            end
                    end
                end
                if test -n "$pend"
                    @P@values $@P@n $pend
                    @P@reply ''
                else if string match -q -- '-*=*' $cur
                    set -l opt (string split -m1 = -- $cur)[1]
                    @P@values $@P@n $opt
                    @P@reply "$opt="
                else if string match -q -- '-*' $cur
                    printf '%s\\n' $@P@opts
                else
                    if test $pos -eq 0
                        printf '%s\\n' $@P@subs
                    end
                    @P@positional $@P@n $pos
                    if test -n "$@P@t"
                        @P@reply ''
                    else if test -z "$@P@subs" -a -z "$cur"
                        printf '%s\\n' $@P@opts
                    end
                end
            end

            function @P@reply --argument-names before
                switch "$@P@t"
                    case choices
                        for c in $@P@w
                            printf '%s%s\\n' "$before" "$c"
                        end
                    case files
                        for f in (__fish_complete_path (string replace -- "$before" '' (commandline -ct)))
                            printf '%s%s\\n' "$before" "$f"
                        end
                    case names
                        for name in (@P@cache_names $@P@w)
                            printf '%s%s\\n' "$before" "$name"
                        end
                end
            end

            complete -c @NAME@ -e
            complete -c @NAME@ -f -k -a '(@P@complete)'
            """;
}
