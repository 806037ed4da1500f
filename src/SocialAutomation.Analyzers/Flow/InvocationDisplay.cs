using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>How diagnostic messages name a call or a value: the receiver and member as written, in quotes.</summary>
    internal static class InvocationDisplay
    {
        private const int MaxLength = 80;

        /// <summary><c>'user.SendMessageAsync'</c>; just the method name when the receiver is implicit or too long.</summary>
        public static string Quoted(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            string? receiver;
            if (invocation.Instance != null)
            {
                receiver = invocation.Instance.IsImplicit ? null : invocation.Instance.Syntax.ToString();
            }
            else if (method.IsExtensionMethod && invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
            {
                receiver = access.Expression.ToString();
            }
            else
            {
                receiver = null;
            }

            var text = receiver == null ? method.Name : receiver + "." + method.Name;
            return "'" + (text.Length > MaxLength ? method.Name : text) + "'";
        }

        /// <summary>A call as <see cref="Quoted(IInvocationOperation)"/>; any other operation as its source text, shortened (<see cref="OperationText.Shorten"/>).</summary>
        public static string Quoted(IOperation operation)
        {
            if (operation is IInvocationOperation invocation)
            {
                return Quoted(invocation);
            }

            return "'" + OperationText.Shorten(operation.Syntax.ToString()) + "'";
        }
    }
}
