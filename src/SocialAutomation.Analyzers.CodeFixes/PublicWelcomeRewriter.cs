using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using SocialAutomation.Analyzers.Flow;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SocialAutomation.Analyzers.CodeFixes
{
    /// <summary>
    /// Turns a DM to someone who joined into a public welcome that mentions them, keeping their text:
    /// <c>user.SendMessageAsync(text)</c> becomes a null-safe send to the guild's public channel, and
    /// <c>bot.SendMessage(member.Id, text)</c> becomes a send to the chat they joined.
    /// </summary>
    internal static class PublicWelcomeRewriter
    {
        public static bool CanRewrite(InvocationExpressionSyntax invocation, ImmutableDictionary<string, string?> properties)
        {
            if (!properties.TryGetValue(PublicWelcomePlan.StyleKey, out var style) || ContentIndex(properties) is not { } content
                || content >= invocation.ArgumentList.Arguments.Count)
            {
                return false;
            }

            return style == PublicWelcomePlan.ArgumentStyle
                ? RecipientIndex(properties) is { } recipient && recipient < invocation.ArgumentList.Arguments.Count
                : ExpressionStatementOf(invocation) != null && invocation.Expression is MemberAccessExpressionSyntax;
        }

        /// <param name="variable">A name for the public place that nothing in scope at the call uses.</param>
        public static SyntaxNode Rewrite(SyntaxNode root, InvocationExpressionSyntax invocation, ImmutableDictionary<string, string?> properties, string variable)
        {
            var place = ParseExpression(properties[PublicWelcomePlan.PlaceKey]!);
            var mention = ParseExpression(properties[PublicWelcomePlan.MentionKey]!);
            var arguments = invocation.ArgumentList.Arguments;
            var content = arguments[ContentIndex(properties)!.Value];
            var welcomed = content.WithExpression(WithMention(content.Expression, mention)).WithNameColon(null);

            if (properties[PublicWelcomePlan.StyleKey] == PublicWelcomePlan.ArgumentStyle)
            {
                var recipient = arguments[RecipientIndex(properties)!.Value];
                var newArguments = arguments.Select(argument =>
                    argument == content ? content.WithExpression(WithMention(content.Expression, mention))
                    : argument == recipient ? recipient.WithExpression(place.WithTriviaFrom(recipient.Expression))
                    : argument);
                return root.ReplaceNode(invocation.ArgumentList, invocation.ArgumentList.WithArguments(SeparatedList(newArguments, arguments.GetSeparators())));
            }

            // receiver style: if (place is { } channel) { [await] channel.Method(text with mention); }
            var statement = ExpressionStatementOf(invocation)!;
            var method = ((MemberAccessExpressionSyntax)invocation.Expression).Name;
            ExpressionSyntax send = InvocationExpression(
                MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(variable), method),
                ArgumentList(SingletonSeparatedList(welcomed)));
            if (statement.Expression is AwaitExpressionSyntax)
            {
                send = AwaitExpression(send);
            }

            var guard = ((IfStatementSyntax)ParseStatement("if (" + properties[PublicWelcomePlan.PlaceKey] + " is { } " + variable + ")\n{\n}\n"))
                .WithStatement(Block(ExpressionStatement(send)));
            guard = guard.WithTriviaFrom(statement).WithAdditionalAnnotations(Formatter.Annotation);
            return root.ReplaceNode(statement, guard);
        }

        /// <summary>Puts the mention in front of the text: inside a literal or interpolation, else by concatenation.</summary>
        private static ExpressionSyntax WithMention(ExpressionSyntax text, ExpressionSyntax mention)
        {
            switch (text)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.Text.StartsWith("\"", System.StringComparison.Ordinal) && !literal.Token.Text.StartsWith("\"\"\"", System.StringComparison.Ordinal):
                    var body = literal.Token.Text.Substring(1, literal.Token.Text.Length - 2).Replace("{", "{{").Replace("}", "}}");
                    return ParseExpression("$\"{" + mention + "} " + body + "\"").WithTriviaFrom(text);
                case InterpolatedStringExpressionSyntax interpolated when interpolated.StringStartToken.Text == "$\"":
                    return ParseExpression("$\"{" + mention + "} " + interpolated.Contents.ToFullString() + "\"").WithTriviaFrom(text);
                default:
                    return BinaryExpression(SyntaxKind.AddExpression,
                        BinaryExpression(SyntaxKind.AddExpression, mention, LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(" "))),
                        ParenthesizedExpression(text.WithoutTrivia())).WithTriviaFrom(text);
            }
        }

        private static ExpressionStatementSyntax? ExpressionStatementOf(InvocationExpressionSyntax invocation)
            => invocation.Parent switch
            {
                ExpressionStatementSyntax statement => statement,
                AwaitExpressionSyntax { Parent: ExpressionStatementSyntax statement } => statement,
                _ => null,
            };

        private static int? ContentIndex(ImmutableDictionary<string, string?> properties) => ReadIndex(properties, PublicWelcomePlan.ContentIndexKey);

        private static int? RecipientIndex(ImmutableDictionary<string, string?> properties) => ReadIndex(properties, PublicWelcomePlan.RecipientIndexKey);

        private static int? ReadIndex(ImmutableDictionary<string, string?> properties, string key)
            => properties.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
                ? value
                : null;
    }
}
