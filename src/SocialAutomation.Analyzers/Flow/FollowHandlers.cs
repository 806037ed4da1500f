using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>Code that runs because someone followed or joined: a handler body and how it was registered.</summary>
    internal sealed class FollowHandler
    {
        public FollowHandler(string eventName, Location registration, SyntaxNode handlerSyntax, IOperation? inlineBody, IMethodSymbol? method)
        {
            HandlerSyntax = handlerSyntax;
            EventName = eventName;
            Registration = registration;
            InlineBody = inlineBody;
            Method = method;
        }

        public string EventName { get; }

        /// <summary>The handler as written at the registration: the lambda, or the method group.</summary>
        public SyntaxNode HandlerSyntax { get; }

        public Location Registration { get; }

        /// <summary>The body of a lambda or anonymous method handler.</summary>
        public IOperation? InlineBody { get; }

        /// <summary>A method or local function given as a method group.</summary>
        public IMethodSymbol? Method { get; }
    }

    /// <summary>
    /// Finds follow-event handlers in every shape the libraries use: C# events (<c>+=</c>), delegate-typed properties,
    /// registration methods that take the handler as an argument. Event-args types are handled by the rule itself.
    /// </summary>
    internal static class FollowHandlers
    {
        public static void Collect(IOperation operation, SocialApiIndex index, List<FollowHandler> handlers)
            => Collect(operation, index, SocialRole.FollowEvent, handlers);

        /// <summary>
        /// The handlers registered by <paramref name="operation"/> for events with <paramref name="eventRole"/>
        /// (<c>follow-event</c>, or <c>inbound-event</c> for handlers of what people write).
        /// </summary>
        public static void Collect(IOperation operation, SocialApiIndex index, SocialRole eventRole, List<FollowHandler> handlers)
        {
            switch (operation)
            {
                case IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation eventReference } assignment
                    when index.Has(eventReference.Event, eventRole):
                    AddHandler(assignment.HandlerValue, eventReference.Event.Name, operation, handlers, hops: 2);
                    break;
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Target: IPropertyReferenceOperation property } compound
                    when index.Has(property.Property, eventRole):
                    AddHandler(compound.Value, property.Property.Name, operation, handlers, hops: 2);
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    when property.Type?.TypeKind == TypeKind.Delegate && index.Has(property.Property, eventRole):
                    AddHandler(assignment.Value, property.Property.Name, operation, handlers, hops: 2);
                    break;
                case IInvocationOperation invocation when index.Has(invocation, eventRole):
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Value.Type?.TypeKind == TypeKind.Delegate)
                        {
                            AddHandler(argument.Value, invocation.TargetMethod.Name, operation, handlers, hops: 2);
                        }
                    }

                    break;
                case IObjectCreationOperation { Constructor: { } constructor } creation when index.Has(constructor, eventRole):
                    // Telegram's new DefaultUpdateHandler(onUpdate, onError) takes the handlers in its constructor.
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Value.Type?.TypeKind == TypeKind.Delegate)
                        {
                            AddHandler(argument.Value, constructor.ContainingType.Name, operation, handlers, hops: 2);
                        }
                    }

                    break;
            }
        }

        private static void AddHandler(IOperation value, string eventName, IOperation registration, List<FollowHandler> handlers, int hops)
        {
            value = RecipientFanOut.Unwrap(value);
            if (value is IDelegateCreationOperation creation)
            {
                value = RecipientFanOut.Unwrap(creation.Target);
            }

            var location = registration.Syntax.GetLocation();
            switch (value)
            {
                case IAnonymousFunctionOperation lambda:
                    handlers.Add(new FollowHandler(eventName, location, lambda.Syntax, lambda.Body, null));
                    break;
                case IMethodReferenceOperation methodReference:
                    handlers.Add(new FollowHandler(eventName, location, methodReference.Syntax, null, methodReference.Method));
                    break;
                case ILocalReferenceOperation local when hops > 0:
                    var scope = DirectMessages.EnclosingBody(registration);
                    if (scope != null)
                    {
                        foreach (var assigned in ValueOrigins.AssignedValues(local.Local, scope))
                        {
                            AddHandler(assigned, eventName, registration, handlers, hops - 1);
                        }
                    }

                    break;
            }
        }
    }
}
