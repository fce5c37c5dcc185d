# Prints the matches zsh's completion system offers for a command line, one per line: runs an
# interactive zsh in a pseudo-terminal (zsh/zpty), loads compinit with FPATH_DIR first in $fpath,
# types the line and TAB, and reports what reached compadd after matching.
# usage: zsh -f zsh-capture.zsh FPATH_DIR 'fb inv'
zmodload zsh/zpty || exit 3
init=$(mktemp) || exit 3
cat > $init <<INIT
PROMPT= RPROMPT=
unsetopt prompt_sp prompt_cr zle_bracketed_paste 2>/dev/null
fpath=(${(q)1} \$fpath)
autoload -Uz compinit && compinit -u -D
bindkey '^I' complete-word
zstyle ':completion:*' insert-tab false
fbcap_begin() { print -r -- '<<BEGIN>>' }
fbcap_end() { print -r -- '<<END>>'; exit }
compprefuncs=(fbcap_begin)
comppostfuncs=(fbcap_end)
compadd() {
  if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "\$@"; return; fi
  local -a fbcap_hits
  builtin compadd -A fbcap_hits "\$@"
  local h
  for h in "\${fbcap_hits[@]}"; do print -r -- "<<HIT>>\$h"; done
  builtin compadd "\$@"
}
INIT
zpty z zsh -f -i
zpty -w z "source ${(q)init}"
zpty -w -n z "$2"$'\t'
integer begun=0
local line
while zpty -r z line; do
  line=${line//[$'\r\n']/}
  [[ $line == *'<<BEGIN>>'* ]] && begun=1
  [[ $line == *'<<END>>'* ]] && break
  (( begun )) && [[ $line == *'<<HIT>>'* ]] && print -r -- "${line#*<<HIT>>}"
done
zpty -d z
rm -f $init
