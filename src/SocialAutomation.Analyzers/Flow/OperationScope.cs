using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Flow
{
    internal static class OperationScope
    {
        /// <summary>The root of the code block an operation belongs to (the method body, the field initializer): where its locals are assigned.</summary>
        public static IOperation Root(IOperation operation)
        {
            var root = operation;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            return root;
        }
    }
}
