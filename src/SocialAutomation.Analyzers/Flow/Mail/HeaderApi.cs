using Microsoft.CodeAnalysis;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow.Mail
{
    /// <summary>
    /// How a message type adds one header by name and value, read from the catalog: a method of the message
    /// (<c>msg.AddGlobalHeader(name, value)</c>) or a method on its header property (<c>msg.Headers.Add(name, value)</c>).
    /// </summary>
    internal static class HeaderApi
    {
        /// <returns>False when the catalog names no such member for this type.</returns>
        public static bool TryFind(ITypeSymbol? messageType, SocialApiIndex index, out string member, out string? method)
        {
            member = string.Empty;
            method = null;
            for (var type = messageType; type != null; type = type.BaseType)
            {
                foreach (var candidate in type.GetMembers())
                {
                    if (candidate is IMethodSymbol direct && AddsNamedHeader(direct, index, onReceiver: false))
                    {
                        member = direct.Name;
                        return true;
                    }
                }
            }

            for (var type = messageType; type != null; type = type.BaseType)
            {
                foreach (var candidate in type.GetMembers())
                {
                    if (candidate is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property
                        && index.Has(property, SocialRole.EmailHeader)
                        && TryFindOnReceiver(property.Type, index, out var receiverMethod))
                    {
                        member = property.Name;
                        method = receiverMethod;
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool TryFindOnReceiver(ITypeSymbol receiverType, SocialApiIndex index, out string method)
        {
            for (var type = receiverType; type != null; type = type.BaseType)
            {
                foreach (var candidate in type.GetMembers())
                {
                    if (candidate is IMethodSymbol receiverMethod && AddsNamedHeader(receiverMethod, index, onReceiver: true))
                    {
                        method = receiverMethod.Name;
                        return true;
                    }
                }
            }

            method = string.Empty;
            return false;
        }

        /// <summary>A public instance method (name, value) whose catalog entry says its first parameter is the header name.</summary>
        private static bool AddsNamedHeader(IMethodSymbol method, SocialApiIndex index, bool onReceiver)
        {
            if (method.IsStatic || method.DeclaredAccessibility != Accessibility.Public || method.Parameters.Length != 2
                || method.Parameters[0].Type.SpecialType != SpecialType.System_String
                || method.Parameters[1].Type.SpecialType != SpecialType.System_String)
            {
                return false;
            }

            foreach (var entry in index.Find(method).Entries)
            {
                if (entry.Role == SocialRole.EmailHeader && entry.ConditionParameter == null
                    && (onReceiver ? (entry.ReceiverRole & SocialRole.EmailHeader) != 0 : entry.ReceiverRole == SocialRole.None)
                    && entry.HeaderParameter == method.Parameters[0].Name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
