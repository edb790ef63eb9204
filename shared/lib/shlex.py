# shlex - a lexer for shell-like syntax, as CPython's shlex module (3.11):
# split (posix mode, comments), quote, join, and the shlex class
# (get_token, push_token, read_token, push_source/pop_source, sourcehook,
# error_leader, iteration, whitespace_split, punctuation_chars).
# Written for twinpy.
#
# The lexer reads one character at a time and is in one of these states:
# ' ' between tokens, 'a' inside a word, 'c' inside a run of punctuation,
# a quote character inside that quotation, an escape character just after
# it, or None at end of input.
#
# Deviations: split(None) raises ValueError (CPython 3.11 warns and reads
# standard input); the "source" inclusion feature works but relative
# paths are resolved as CPython does, against the including file's folder.
import os
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]


class shlex:
    """A lexical analyser for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Put tok back, to be the next token read."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream until it ends, then from the current one."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        """Drop the current input source and go back to the previous one."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = ' '

    def get_token(self):
        """Return the next token (pushed-back ones first)."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    self.push_source(spec[1], spec[0])
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Read one raw token from the input, ignoring push_token."""
        quoted = False
        escaped_from = ' '   # the state an escape returns to
        punct = self._punctuation_chars
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            st = self.state
            if st is None:
                self.token = ''
                break
            if st == ' ':
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.token or (self.posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                elif self.posix and ch in self.escape:
                    escaped_from = 'a'
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = 'a'
                elif ch in punct:
                    self.token = ch
                    self.state = 'c'
                elif ch in self.quotes:
                    if not self.posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = 'a'
                else:
                    # any other character is a token by itself
                    self.token = ch
                    if self.token or (self.posix and quoted):
                        break
            elif st in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == st:
                    if not self.posix:
                        self.token += ch
                        self.state = ' '
                        break
                    self.state = 'a'
                elif (self.posix and ch in self.escape and
                      st in self.escapedquotes):
                    escaped_from = st
                    self.state = ch
                else:
                    self.token += ch
            elif st in self.escape:
                if not ch:
                    raise ValueError("No escaped character")
                # inside quotes, an escape only escapes the quote itself
                # and the escape character; otherwise it stays
                if (escaped_from in self.quotes and ch != st and
                        ch != escaped_from):
                    self.token += st
                self.token += ch
                self.state = escaped_from
            elif st == 'a' or st == 'c':
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    self.state = ' '
                    if self.token or (self.posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                    if self.posix:
                        self.state = ' '
                        if self.token or (self.posix and quoted):
                            break
                elif st == 'c':
                    if ch in punct:
                        self.token += ch
                    else:
                        if ch not in self.whitespace:
                            self._pushback_chars.append(ch)
                        self.state = ' '
                        break
                elif self.posix and ch in self.quotes:
                    self.state = ch
                elif self.posix and ch in self.escape:
                    escaped_from = 'a'
                    self.state = ch
                elif (ch in self.wordchars or ch in self.quotes or
                      (self.whitespace_split and ch not in punct)):
                    self.token += ch
                else:
                    if punct:
                        self._pushback_chars.append(ch)
                    else:
                        self.pushback.appendleft(ch)
                    self.state = ' '
                    if self.token or (self.posix and quoted):
                        break
        result = self.token
        self.token = ''
        if self.posix and not quoted and result == '':
            result = None
        return result

    def sourcehook(self, newfile):
        """Give (filename, stream) for a file named by a source request."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """A leader for error messages, as Emacs expects: '"file", line n: '."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split s into words as a shell would."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Join the words into one shell-quoted string."""
    return ' '.join(quote(arg) for arg in split_command)


_SAFE = ('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def quote(s):
    """Quote s so that a shell reads it as one word."""
    if not s:
        return "''"
    for c in s:
        if c not in _SAFE:
            break
    else:
        return s
    # single quotes keep everything; a single quote itself is closed,
    # given in double quotes, and reopened
    return "'" + s.replace("'", "'\"'\"'") + "'"
