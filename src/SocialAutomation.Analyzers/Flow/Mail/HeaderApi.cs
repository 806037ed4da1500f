using Microsoft.CodeAnalysis;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow.Mail
{
    /// <summary>
    /// How a message type adds one header by name and value, read from the catalog: a method of the message
    /// (<c>msg.AddGlobalHeader(name, value)</c>) or a method on its header property (<c>msg.Headers.Add(name, value)</c>).
    /// Asked by the SMA007 fix (see <see cref="UnsubscribeHeaderFix"/>): finding the answer lists the message type's members.
    /// </summary>
    internal static class HeaderApi
    {
        /// <returns>False when the catalog names no such member for this type.</returns>
        public static bool TryFind(ITypeSymbol? messageType, SocialApiIndex index, out string member, out string? method)
        {
            var found = messageType == null ? null : Find(messageType, index);
            member = found?.Member ?? string.Empty;
            method = found?.Method;
            return found.HasValue;
        }

        /// <summary>The message's method (no receiver method), or its header property and the method on it; null when neither.</summary>
        private static (string Member, string? Method)? Find(ITypeSymbol messageType, SocialApiIndex index)
        {
            for (var type = messageType; type != null; type = type.BaseType)
            {
                foreach (var candidate in type.GetMembers())
                {
                    if (candidate is IMethodSymbol direct && AddsNamedHeader(direct, index, onReceiver: false))
                    {
                        return (direct.Name, null);
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
                        return (property.Name, receiverMethod);
                    }
                }
            }

            return null;
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
            // The name before the parameters: reading a metadata method's parameters decodes its signature.
            var roles = index.Find(method, SocialRole.EmailHeader);
            if (roles.IsEmpty || method.IsStatic || method.DeclaredAccessibility != Accessibility.Public || method.Parameters.Length != 2
                || method.Parameters[0].Type.SpecialType != SpecialType.System_String
                || method.Parameters[1].Type.SpecialType != SpecialType.System_String)
            {
                return false;
            }

            foreach (var entry in roles.Entries)
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
