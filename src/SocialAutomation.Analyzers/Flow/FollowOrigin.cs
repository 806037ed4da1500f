using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// Why a call runs when someone follows or joins (a registered handler, a join-data check, a follow-event args type),
    /// as SMA001's message says it. The text is made only for a diagnostic: its line number reads the file's line table,
    /// which most handlers, with no direct message in them, never need. Equal origins name the same place, so one call
    /// found twice through the same origin is reported once.
    /// </summary>
    internal sealed class FollowOrigin : IEquatable<FollowOrigin>
    {
        private const string HandlerFormat = "from the '{0}' handler registered at line {1}";
        private const string JoinCheckFormat = "when someone joins (checked with '{0}' at line {1})";
        private const string ArgsTypeFormat = "from '{0}', which handles '{1}'";

        private readonly string _format;
        private readonly SyntaxTree? _tree;
        private readonly TextSpan _span;
        private readonly string? _name;
        private readonly IOperation? _check;
        private string? _text;

        private FollowOrigin(string format, SyntaxTree? tree, TextSpan span, string? name, IOperation? check)
        {
            _format = format;
            _tree = tree;
            _span = span;
            _name = name;
            _check = check;
        }

        /// <summary>A handler of <paramref name="eventName"/> registered at <paramref name="registration"/>.</summary>
        public static FollowOrigin Handler(string eventName, Location registration)
            => new FollowOrigin(HandlerFormat, registration.SourceTree, registration.SourceSpan, eventName, check: null);

        /// <summary>Code guarded by a read of join data (<c>update.Message.NewChatMembers</c>).</summary>
        public static FollowOrigin JoinCheck(IOperation check)
            => new FollowOrigin(JoinCheckFormat, check.Syntax.SyntaxTree, check.Syntax.Span, name: null, check);

        /// <summary>A method that takes a follow-event args type; the text needs no line, so it is made now.</summary>
        public static FollowOrigin ArgsType(string methodName, string argsTypeName)
            => new FollowOrigin(ArgsTypeFormat, tree: null, default, methodName + "\0" + argsTypeName, check: null)
            {
                _text = string.Format(CultureInfo.InvariantCulture, ArgsTypeFormat, methodName, argsTypeName),
            };

        public override string ToString() => _text ??= Describe();

        private string Describe()
        {
            var line = _tree == null ? 0 : _tree.GetLineSpan(_span).StartLinePosition.Line + 1;
            var name = _check switch
            {
                null => _name,
                IMemberReferenceOperation member => member.Member.Name,
                _ => _check.Syntax.ToString(),
            };
            return string.Format(CultureInfo.InvariantCulture, _format, name, line);
        }

        public bool Equals(FollowOrigin? other)
            => other != null && ReferenceEquals(_format, other._format) && _tree == other._tree && _span == other._span
                && string.Equals(_name, other._name, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as FollowOrigin);

        public override int GetHashCode()
            => unchecked((_format.GetHashCode() * 31 + _span.GetHashCode()) * 31 + (_name == null ? 0 : StringComparer.Ordinal.GetHashCode(_name)));
    }
}
