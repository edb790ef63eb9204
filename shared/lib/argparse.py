# argparse - command-line option parsing, as CPython's argparse module
# (3.11): ArgumentParser (prog, usage, description, epilog, parents,
# prefix_chars, argument_default, add_help, allow_abbrev, exit_on_error),
# add_argument with the actions store, store_const, store_true,
# store_false, append, append_const, extend, count, help, version or an
# Action subclass; nargs None, '?', '*', '+', REMAINDER or an int; const,
# default, type, choices, required, help, metavar, dest; parse_args,
# parse_known_args, add_argument_group, add_mutually_exclusive_group,
# set_defaults, get_default, Namespace, ArgumentError, ArgumentTypeError.
# Help and usage are laid out as CPython lays them out
# (width from the COLUMNS environment variable, else 80, less 2).
# Written for twinpy.
#
# Deviations: no subparsers (add_subparsers raises NotImplementedError),
# no fromfile_prefix_chars, no FileType, no intermixed parsing, no
# conflict_handler='resolve'. formatter_class accepts HelpFormatter,
# RawDescriptionHelpFormatter, RawTextHelpFormatter and
# ArgumentDefaultsHelpFormatter (subclasses of the one formatter here).
# Messages are not translated.
import os as _os
import re as _re
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
           'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter',
           'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER',
           'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


def _terminal_width():
    try:
        return int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        return 80


# ---------------------------------------------------------------- Namespace

class Namespace:
    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        parts = []
        odd = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                parts.append('%s=%r' % (name, value))
            else:
                odd[name] = value
        if odd:
            parts.append('**%s' % repr(odd))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


# ----------------------------------------------------------------- errors

def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message
        Exception.__init__(self, message)

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


# ---------------------------------------------------------------- actions

class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default',
                 'type', 'choices', 'required', 'help', 'metavar']
        return [(n, getattr(self, n)) for n in names]

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(
            '%s=%r' % kv for kv in self._get_kwargs()))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default,
                        type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default,
                        None, None, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True,
                                   default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False,
                                   default, required, help)


class _AppendAction(_StoreAction):
    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default,
                        type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default,
                        None, None, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        Action.__init__(self, option_strings, dest, 0, None, default,
                        None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        Action.__init__(self, option_strings, dest, 0, None, default,
                        None, None, False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, 0, None, default,
                        None, None, False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction,
    'store_const': _StoreConstAction, 'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction, 'append': _AppendAction,
    'append_const': _AppendConstAction, 'extend': _ExtendAction,
    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
}


# -------------------------------------------------------------- formatter

class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            width = _terminal_width() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._action_max_length = 0

    # the parser measures the invocations first, then asks for sections
    def _note_invocation(self, action, indent):
        inv = self._format_action_invocation(action)
        self._action_max_length = max(self._action_max_length,
                                      len(inv) + indent)

    # -- usage --
    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = self._prog
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            opt_parts = self._usage_parts(optionals, groups)
            pos_parts = self._usage_parts(positionals, groups)
            usage = ' '.join([s for s in [prog] + opt_parts + pos_parts
                              if s])
            text_width = self._width
            if len(prefix) + len(usage) > text_width:
                rx = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
                opt_parts = _re.findall(rx, ' '.join(opt_parts))
                pos_parts = _re.findall(rx, ' '.join(pos_parts))

                def lines_of(parts, indent, prefix=None):
                    lines = []
                    line = []
                    if prefix is not None:
                        line_len = len(prefix) - 1
                    else:
                        line_len = len(indent) - 1
                    for part in parts:
                        if line_len + 1 + len(part) > text_width and line:
                            lines.append(indent + ' '.join(line))
                            line = []
                            line_len = len(indent) - 1
                        line.append(part)
                        line_len += len(part) + 1
                    if line:
                        lines.append(indent + ' '.join(line))
                    if prefix is not None:
                        lines[0] = lines[0][len(indent):]
                    return lines

                if len(prefix) + len(prog) <= 0.75 * text_width:
                    indent = ' ' * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = lines_of([prog] + opt_parts, indent, prefix)
                        lines.extend(lines_of(pos_parts, indent))
                    elif pos_parts:
                        lines = lines_of([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = ' ' * len(prefix)
                    lines = lines_of(opt_parts + pos_parts, indent)
                    if len(lines) > 1:
                        lines = lines_of(opt_parts, indent)
                        lines.extend(lines_of(pos_parts, indent))
                    lines = [prog] + lines
                usage = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, usage)

    def _usage_parts(self, actions, groups):
        # one string per action (or per mutually exclusive group)
        group_of = {}
        for group in groups:
            ga = group._group_actions
            if not ga:
                continue
            try:
                start = actions.index(ga[0])
            except ValueError:
                continue
            if actions[start:start + len(ga)] == ga:
                for a in ga:
                    group_of[id(a)] = group
        parts = []
        i = 0
        while i < len(actions):
            a = actions[i]
            group = group_of.get(id(a))
            if group is None:
                part = self._action_usage(a, False)
                if part:
                    parts.append(part)
                i += 1
                continue
            ga = group._group_actions
            inner = [self._action_usage(x, True) for x in ga]
            inner = [s for s in inner if s]
            i += len(ga)
            if not inner:
                continue
            body = ' | '.join(inner)
            if group.required:
                part = body if len(inner) == 1 else '(%s)' % body
            else:
                part = '[%s]' % body
            parts.append(part)
        return parts

    def _action_usage(self, action, in_group):
        if action.help is SUPPRESS:
            return ''
        if not action.option_strings:
            part = self._format_args(action, self._default_metavar(action))
            if in_group and part[:1] == '[' and part[-1:] == ']':
                part = part[1:-1]
            return part
        opt = action.option_strings[0]
        if action.nargs == 0:
            part = action.format_usage()
        else:
            args = self._format_args(action, self._default_metavar(action))
            part = '%s %s' % (opt, args)
        if not action.required and not in_group:
            part = '[%s]' % part
        return part

    # -- text --
    def _format_text(self, text, indent):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - indent, 11)
        return self._fill_text(text, width, ' ' * indent) + '\n\n'

    def _fill_text(self, text, width, indent):
        import textwrap
        text = _re.sub(r'\s+', ' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent,
                             subsequent_indent=indent)

    def _split_lines(self, text, width):
        import textwrap
        text = _re.sub(r'\s+', ' ', text).strip()
        return textwrap.wrap(text, width)

    # -- actions --
    def _default_metavar(self, action):
        if action.option_strings:
            return action.dest.upper()
        return action.dest

    def _metavar(self, action, default, count):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default
        if isinstance(result, tuple):
            return result
        return (result,) * count

    def _format_args(self, action, default):
        nargs = action.nargs
        if nargs is None:
            return '%s' % self._metavar(action, default, 1)
        if nargs == OPTIONAL:
            return '[%s]' % self._metavar(action, default, 1)
        if nargs == ZERO_OR_MORE:
            mv = self._metavar(action, default, 1)
            if len(mv) == 2:
                return '[%s [%s ...]]' % mv
            return '[%s ...]' % mv
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % self._metavar(action, default, 2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % self._metavar(action, default, 1)
        if nargs == SUPPRESS:
            return ''
        try:
            fmts = ['%s' for _ in range(nargs)]
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(fmts) % self._metavar(action, default, nargs)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return '%s' % self._metavar(action, self._default_metavar(action),
                                        1)
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._default_metavar(action))
        return ', '.join('%s %s' % (o, args) for o in action.option_strings)

    def _get_help_string(self, action):
        return action.help

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _format_action(self, action, indent):
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            header = '%*s%s\n' % (indent, '', header)
            indent_first = 0
        elif len(header) <= action_width:
            header = '%*s%-*s  ' % (indent, '', action_width, header)
            indent_first = 0
        else:
            header = '%*s%s\n' % (indent, '', header)
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append('%*s%s\n' % (indent_first, '', lines[0]))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not header.endswith('\n'):
            parts.append('\n')
        return ''.join(parts)

    # -- the whole help --
    def format_help(self):
        text = ''.join(self._parts) if hasattr(self, '_parts') else ''
        text = _re.sub(r'\n\n\n+', '\n\n', text)
        text = text.strip('\n')
        return text + '\n' if text else ''

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            if not hasattr(self, '_parts'):
                self._parts = []
            self._parts.append(self._format_text(text, 0))

    def add_raw(self, s):
        if not hasattr(self, '_parts'):
            self._parts = []
        self._parts.append(s)


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help:
            if action.default is not SUPPRESS:
                if action.option_strings or action.nargs in (OPTIONAL,
                                                             ZERO_OR_MORE):
                    help += ' (default: %(default)s)'
        return help


# ------------------------------------------------------------- containers

class _Container:
    def _init_container(self, description, prefix_chars, argument_default):
        self.description = description
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][:1] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action = kwargs.pop('action', None)
        action_class = _ACTIONS.get(action, action) \
            if isinstance(action, (str, type(None))) else action
        if isinstance(action, str) and action not in _ACTIONS:
            raise ValueError('unknown action "%s"' % (action,))
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match "
                                 "nargs")
        return self._add_action(action)

    def _add_action(self, action):
        for opt in action.option_strings:
            if opt in self._option_string_actions:
                raise ArgumentError(action, 'conflicting option string: %s'
                                    % opt)
        self._actions.append(action)
        action.container = self
        for opt in action.option_strings:
            self._option_string_actions[opt] = action
            if _re.match(r'^-\d+$|^-\d*\.\d+$', opt):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _positional_kwargs(self, dest=None, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for "
                            "positionals")
        if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_strings = []
        for s in args:
            if not s or s[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with '
                                 'a character %r' % (s, self.prefix_chars))
            option_strings.append(s)
            if len(s) > 1 and s[1] in self.prefix_chars:
                long_strings.append(s)
        dest = kwargs.pop('dest', None)
        if dest is None:
            first = long_strings[0] if long_strings else option_strings[0]
            dest = first.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r'
                                 % first)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)


class _ArgumentGroup(_Container):
    def __init__(self, container, title=None, description=None, **kwargs):
        self._init_container(description,
                             kwargs.get('prefix_chars',
                                        container.prefix_chars),
                             kwargs.get('argument_default',
                                        container.argument_default))
        self.title = title
        self._group_actions = []
        # share the parser's registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = \
            container._has_negative_number_optionals
        self._mutually_exclusive_groups = \
            container._mutually_exclusive_groups

    def _add_action(self, action):
        action = _Container._add_action(self, action)
        self._group_actions.append(action)
        return action


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action


# ----------------------------------------------------------------- parser

def _nargs_pattern(action):
    nargs = action.nargs
    if nargs is None:
        pat = '(-*A-*)'
    elif nargs == OPTIONAL:
        pat = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pat = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pat = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pat = '([-AO]*)'
    elif nargs == PARSER:
        pat = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pat = '(-*-*)'
    else:
        pat = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:
        pat = pat.replace('-*', '').replace('-', '')
    return pat


class ArgumentParser(_Container):
    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter,
                 prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error',
                 add_help=True, allow_abbrev=True, exit_on_error=True):
        self._init_container(description, prefix_chars, argument_default)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.conflict_handler = conflict_handler
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        if add_help:
            ch = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(ch + 'h', ch * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_parent(parent)

    def _add_parent(self, parent):
        groups = {}
        for g in parent._action_groups:
            if g.title == 'positional arguments':
                groups[id(g)] = self._positionals
            elif g.title == 'options':
                groups[id(g)] = self._optionals
            else:
                groups[id(g)] = self.add_argument_group(g.title,
                                                        g.description)
        for g in parent._action_groups:
            target = groups[id(g)]
            for a in g._group_actions:
                if any(a in m._group_actions
                       for m in parent._mutually_exclusive_groups):
                    continue
                _Container._add_action(self, a)
                target._group_actions.append(a)
        for m in parent._mutually_exclusive_groups:
            new = self.add_mutually_exclusive_group(required=m.required)
            for a in m._group_actions:
                _Container._add_action(self, a)
                new._group_actions.append(a)
                for g in parent._action_groups:
                    if a in g._group_actions:
                        groups[id(g)]._group_actions.append(a)
        self._defaults.update(parent._defaults)

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        raise NotImplementedError('add_subparsers is not supported')

    # -- help --
    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        f = self._get_formatter()
        return f._format_usage(self.usage, self._actions,
                               self._mutually_exclusive_groups, None) \
            .rstrip('\n') + '\n'

    def format_help(self):
        f = self._get_formatter()
        for g in self._action_groups:
            for a in g._group_actions:
                if a.help is not SUPPRESS:
                    f._note_invocation(a, 2)
        f.add_raw(f._format_usage(self.usage, self._actions,
                                  self._mutually_exclusive_groups, None))
        f.add_text(self.description)
        for g in self._action_groups:
            body = []
            if g.description is not SUPPRESS and g.description:
                body.append(f._format_text(g.description, 2))
            for a in g._group_actions:
                if a.help is not SUPPRESS:
                    body.append(f._format_action(a, 2))
            text = ''.join(body)
            if text and g.title is not SUPPRESS:
                heading = '%s:\n' % g.title if g.title else ''
                f.add_raw(heading + text + '\n')
            elif text:
                f.add_raw(text + '\n')
        f.add_text(self.epilog)
        return f.format_help()

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = _sys.stderr
            file.write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    # -- parsing --
    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and \
                    not hasattr(namespace, action.dest) and \
                    action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                return self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        return self._parse_known_args(args, namespace)

    def _parse_optional(self, arg):
        if not arg or arg[0] not in self.prefix_chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            opt, explicit = arg.split('=', 1)
            if opt in self._option_string_actions:
                return self._option_string_actions[opt], opt, explicit
        matches = self._option_tuples(arg)
        if len(matches) > 1:
            names = ', '.join([m[1] for m in matches])
            self.error('ambiguous option: %s could match %s' % (arg, names))
        elif len(matches) == 1:
            return matches[0]
        if _re.match(r'^-\d+$|^-\d*\.\d+$', arg):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg:
            return None
        return None, arg, None

    def _option_tuples(self, arg):
        result = []
        chars = self.prefix_chars
        if arg[0] in chars and arg[1] in chars:
            if not self.allow_abbrev:
                return result
            if '=' in arg:
                prefix, explicit = arg.split('=', 1)
            else:
                prefix, explicit = arg, None
            for opt in self._option_string_actions:
                if opt.startswith(prefix):
                    result.append((self._option_string_actions[opt], opt,
                                   explicit))
        elif arg[0] in chars:
            short, short_explicit = arg[:2], arg[2:]
            for opt in self._option_string_actions:
                if opt == short:
                    result.append((self._option_string_actions[opt], opt,
                                   short_explicit))
                elif self.allow_abbrev and opt.startswith(arg):
                    result.append((self._option_string_actions[opt], opt,
                                   None))
        return result

    def _match_argument(self, action, pattern):
        m = _re.match(_nargs_pattern(action), pattern)
        if m is None:
            nargs = action.nargs
            if nargs is None:
                msg = 'expected one argument'
            elif nargs == OPTIONAL:
                msg = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                msg = 'expected at least one argument'
            else:
                msg = 'expected %s argument%s' % (nargs,
                                                  '' if nargs == 1 else 's')
            raise ArgumentError(action, msg)
        return len(m.group(1))

    def _match_partial(self, actions, pattern):
        for i in range(len(actions), 0, -1):
            rx = ''.join(_nargs_pattern(a) for a in actions[:i])
            m = _re.match(rx, pattern)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _parse_known_args(self, arg_strings, namespace):
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            ga = group._group_actions
            for i, a in enumerate(ga):
                conflicts.setdefault(id(a), []).extend(ga[:i] + ga[i + 1:])

        option_indices = {}
        pattern = []
        it = iter(enumerate(arg_strings))
        for i, s in it:
            if s == '--':
                pattern.append('-')
                for i, s in it:
                    pattern.append('A')
                break
            t = self._parse_optional(s)
            if t is None:
                pattern.append('A')
            else:
                option_indices[i] = t
                pattern.append('O')
        pattern = ''.join(pattern)

        seen = set()
        seen_non_default = set()
        extras = []

        def take_action(action, argument_strings, option_string=None):
            seen.add(id(action))
            values = self._get_values(action, argument_strings)
            if values is not action.default:
                seen_non_default.add(id(action))
                for other in conflicts.get(id(action), []):
                    if id(other) in seen_non_default:
                        raise ArgumentError(action,
                                            'not allowed with argument %s'
                                            % _action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, opt, explicit = option_indices[start]
            chars = self.prefix_chars
            stop = start + 1
            todo = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit is not None:
                    count = self._match_argument(action, 'A')
                    if count == 0 and opt[1] not in chars and explicit:
                        todo.append((action, [], opt))
                        ch = opt[0]
                        opt = ch + explicit[0]
                        rest = explicit[1:] or None
                        if opt in self._option_string_actions:
                            action = self._option_string_actions[opt]
                            explicit = rest
                        else:
                            raise ArgumentError(
                                action, 'ignored explicit argument %r'
                                % explicit)
                    elif count == 1:
                        todo.append((action, [explicit], opt))
                        stop = start + 1
                        break
                    else:
                        raise ArgumentError(action,
                                            'ignored explicit argument %r'
                                            % explicit)
                else:
                    count = self._match_argument(action,
                                                 pattern[start + 1:])
                    stop = start + 1 + count
                    todo.append((action, arg_strings[start + 1:stop], opt))
                    break
            for action, args, opt in todo:
                take_action(action, args, opt)
            return stop

        positionals = [a for a in self._actions if not a.option_strings]

        def consume_positionals(start):
            counts = self._match_partial(positionals, pattern[start:])
            for action, count in zip(list(positionals), counts):
                args = arg_strings[start:start + count]
                start += count
                take_action(action, args)
            del positionals[:len(counts)]
            return start

        start = 0
        max_opt = max(option_indices) if option_indices else -1
        while start <= max_opt:
            next_opt = min(i for i in option_indices if i >= start)
            if start != next_opt:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_indices:
                extras.extend(arg_strings[start:next_opt])
                start = next_opt
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        missing = []
        for action in self._actions:
            if id(action) not in seen:
                if action.required:
                    missing.append(_action_name(action))
                elif action.default is not None and \
                        isinstance(action.default, str) and \
                        hasattr(namespace, action.dest) and \
                        action.default is getattr(namespace, action.dest):
                    setattr(namespace, action.dest,
                            self._get_value(action, action.default))
        if missing:
            self.error('the following arguments are required: %s'
                       % ', '.join(missing))
        for group in self._mutually_exclusive_groups:
            if group.required:
                if not any(id(a) in seen_non_default
                           for a in group._group_actions):
                    names = [_action_name(a) for a in group._group_actions
                             if a.help is not SUPPRESS]
                    self.error('one of the arguments %s is required'
                               % ' '.join(names))
        return namespace, extras

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER):
            if '--' in arg_strings:
                arg_strings = list(arg_strings)
                arg_strings.remove('--')
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and \
                not action.option_strings:
            value = action.default if action.default is not None \
                else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r'
                                % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(map(repr,
                                                        action.choices))))
