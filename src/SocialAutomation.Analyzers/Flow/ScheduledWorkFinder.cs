using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// Finds the work a schedule runs, nearest evidence first:
    /// 1. the schedule call itself and its fluent receivers (Hangfire's job lambda, Coravel's <c>Schedule&lt;TJob&gt;()</c>,
    ///    a timer's callback);
    /// 2. enclosing <c>schedule</c> calls (Quartz <c>ScheduleJob&lt;TJob&gt;(t =&gt; t.WithCronSchedule(...))</c>);
    /// 3. what the schedule is stored in or linked through: a trigger passed to <c>ScheduleJob(job, trigger)</c>, a job key
    ///    shared with <c>AddJob&lt;TJob&gt;</c>, a timer whose <c>Elapsed</c> is handled or whose ticks pace a loop.
    /// Job types are recognised by members with the <c>schedule</c> role (<c>IJob.Execute</c>, <c>IInvocable.Invoke</c>).
    /// </summary>
    internal sealed class ScheduledWorkFinder
    {
        private readonly SocialApiIndex _index;
        private readonly Compilation _compilation;
        private readonly INamedTypeSymbol? _cancellationToken;
        private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<IMethodSymbol>> _jobEntries = new ConcurrentDictionary<ITypeSymbol, ImmutableArray<IMethodSymbol>>(SymbolEqualityComparer.Default);

        public ScheduledWorkFinder(SocialApiIndex index, Compilation compilation)
        {
            _index = index;
            _compilation = compilation;
            _cancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        }

        /// <summary>
        /// The work of a <c>schedule</c> call, constructor or property assignment; <paramref name="interval"/> is the
        /// operation stating the interval. <paramref name="followLinks"/> is false for calls that only name an interval
        /// (<c>EveryMinute()</c>, <c>Cron.Minutely()</c>): their work is in their chain, and a helper's result stored in a
        /// local is read where the local is used.
        /// </summary>
        public ScheduledWork ForSchedule(IOperation site, IOperation interval, bool followLinks, CancellationToken cancellationToken)
        {
            var work = new ScheduledWork();
            var links = new List<ISymbol?>();

            CollectFromCall(site, ChildContaining(site, interval), work, links);
            CollectFromReceivers(site, work, links);

            if (!work.IsEmpty)
            {
                return work;
            }

            var child = site;
            for (var parent = site.Parent; parent != null; child = parent, parent = parent.Parent)
            {
                if (!IsScheduleCall(parent))
                {
                    continue;
                }

                var receiverIsChild = ReferenceEquals(Receiver(parent), child);
                CollectFromCall(parent, receiverIsChild ? null : child, work, links);
                if (!receiverIsChild)
                {
                    CollectFromReceivers(parent, work, links);
                }

                if (!work.IsEmpty)
                {
                    return work;
                }
            }

            if (!followLinks)
            {
                return work;
            }

            links.Add(InstanceSymbol(site));
            links.Add(StoredIn(site));
            var linked = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var symbol in links)
            {
                if (symbol is ILocalSymbol or IFieldSymbol or IPropertySymbol && linked.Add(symbol))
                {
                    CollectFromLinkedSymbol(symbol, site, work, cancellationToken);
                }
            }

            return work;
        }

        /// <summary>
        /// The loop a pause paces, when it is the loop's only pacing and the loop runs until stopped
        /// (<c>while (true)</c>, <c>for (;;)</c>, <c>while (!token.IsCancellationRequested)</c>).
        /// </summary>
        public ScheduledWork ForPause(IInvocationOperation pause)
        {
            var work = new ScheduledWork();
            var loop = EnclosingLoop(pause);
            if (loop == null || !RunsUntilStopped(loop))
            {
                return work;
            }

            foreach (var operation in loop.DescendantsAndSelf())
            {
                if (operation is IInvocationOperation other && !ReferenceEquals(other, pause) && _index.Has(other, SocialRole.Pace))
                {
                    return work;
                }
            }

            work.AddBody(loop.Body);
            return work;
        }

        private void CollectFromCall(IOperation call, IOperation? excluded, ScheduledWork work, List<ISymbol?> links)
        {
            if (call is IInvocationOperation || call is IObjectCreationOperation)
            {
                CollectFromScheduleCall(call, excluded, work, links);
            }
        }

        /// <summary>Job types in type arguments and <c>typeof</c>, code in lambda and method-group arguments, and jobs built into locals.</summary>
        private void CollectFromScheduleCall(IOperation call, IOperation? excluded, ScheduledWork work, List<ISymbol?>? links)
        {
            var (method, arguments) = Target(call);
            if (method == null)
            {
                return;
            }

            foreach (var typeArgument in method.TypeArguments)
            {
                AddJob(typeArgument, work);
            }

            foreach (var argument in arguments)
            {
                if (ReferenceEquals(argument, excluded) || argument.IsImplicit || IsThisArgument(method, argument))
                {
                    continue;
                }

                var value = ScheduleInterval.Unwrap(argument.Value);
                if (value is ITypeOfOperation typeOf)
                {
                    AddJob(typeOf.TypeOperand, work);
                }
                else if (value is ILocalReferenceOperation local)
                {
                    links?.Add(local.Local);
                    foreach (var assigned in ValueOrigins.AssignedValues(local.Local, OperationScope.Root(call)))
                    {
                        CollectJobsIn(assigned, work);
                    }
                }
                else
                {
                    CollectJobsIn(argument.Value, work);
                    if (ContainsCode(argument.Value))
                    {
                        work.AddBody(argument.Value);
                    }
                }
            }
        }

        private void CollectFromReceivers(IOperation call, ScheduledWork work, List<ISymbol?> links)
        {
            foreach (var receiver in ReceiverChain(call))
            {
                if (IsScheduleCall(receiver))
                {
                    CollectFromScheduleCall(receiver, null, work, links);
                }
            }
        }

        /// <summary>Jobs named by <c>schedule</c> calls inside an expression (<c>JobBuilder.Create&lt;PostJob&gt;().Build()</c>).</summary>
        private void CollectJobsIn(IOperation expression, ScheduledWork work)
        {
            foreach (var operation in expression.DescendantsAndSelf())
            {
                if (operation is IInvocationOperation invocation && IsScheduleCall(invocation))
                {
                    foreach (var typeArgument in invocation.TargetMethod.TypeArguments)
                    {
                        AddJob(typeArgument, work);
                    }

                    foreach (var argument in invocation.Arguments)
                    {
                        if (ScheduleInterval.Unwrap(argument.Value) is ITypeOfOperation typeOf)
                        {
                            AddJob(typeOf.TypeOperand, work);
                        }
                    }
                }
            }
        }

        private void CollectFromLinkedSymbol(ISymbol symbol, IOperation site, ScheduledWork work, CancellationToken cancellationToken)
        {
            foreach (var scope in Scopes(symbol, site, cancellationToken))
            {
                foreach (var operation in scope.DescendantsAndSelf())
                {
                    if (IsWithin(operation, site))
                    {
                        continue;
                    }

                    if (operation is ISimpleAssignmentOperation assignment && SymbolEqualityComparer.Default.Equals(ReferencedSymbol(assignment.Target), symbol))
                    {
                        CollectFromConstruction(assignment.Value, work);
                    }
                    else if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, symbol)
                        && declarator.GetVariableInitializer() is { } initializer)
                    {
                        CollectFromConstruction(initializer.Value, work);
                    }
                    else if (operation is IFieldInitializerOperation fieldInitializer && ContainsSymbol(fieldInitializer.InitializedFields, symbol))
                    {
                        CollectFromConstruction(fieldInitializer.Value, work);
                    }
                    else if (SymbolEqualityComparer.Default.Equals(ReferencedSymbol(operation), symbol))
                    {
                        CollectFromUse(operation, work);
                    }
                }
            }
        }

        /// <summary>A timer created with a callback: <c>timer.Change(...)</c> runs the callback given to <c>new Timer(...)</c>.</summary>
        private void CollectFromConstruction(IOperation value, ScheduledWork work)
        {
            var inner = ScheduleInterval.Unwrap(value);
            if (IsScheduleCall(inner))
            {
                CollectFromScheduleCall(inner, null, work, null);
            }
        }

        private void CollectFromUse(IOperation reference, ScheduledWork work)
        {
            var parent = reference.Parent;
            while (parent is IConversionOperation)
            {
                reference = parent;
                parent = parent.Parent;
            }

            // timer.WaitForNextTickAsync() paces a loop: the loop body is the work.
            if (parent is IInvocationOperation call && ReferenceEquals(Receiver(call), reference) && _index.Has(call, SocialRole.Pace))
            {
                if (EnclosingLoop(call) is { } loop)
                {
                    work.AddBody(loop.Body);
                }

                return;
            }

            // timer.Elapsed += handler
            if (parent is IEventReferenceOperation eventReference && eventReference.Parent is IEventAssignmentOperation { Adds: true } subscription
                && _index.Has(eventReference.Event, SocialRole.Schedule))
            {
                work.AddBody(subscription.HandlerValue);
                return;
            }

            // scheduler.ScheduleJob(job, trigger), AddJob<TJob>(o => o.WithIdentity(jobKey)).
            var child = reference;
            for (var ancestor = reference.Parent; ancestor != null && !IsStatementBoundary(ancestor); child = ancestor, ancestor = ancestor.Parent)
            {
                if (IsScheduleCall(ancestor))
                {
                    CollectFromScheduleCall(ancestor, ReferenceEquals(Receiver(ancestor), child) ? null : child, work, null);
                }
            }
        }

        private IEnumerable<IOperation> Scopes(ISymbol symbol, IOperation site, CancellationToken cancellationToken)
        {
            if (symbol is ILocalSymbol)
            {
                yield return OperationScope.Root(site);
                yield break;
            }

            // A field or property: every body of its type (the timer is created in one member and awaited in another).
            if (symbol.ContainingType == null)
            {
                yield break;
            }

            foreach (var member in symbol.ContainingType.GetMembers())
            {
                if (member is IMethodSymbol method && SourceCallGraph.IsSourceMethod(method))
                {
                    foreach (var body in BodiesOf(method, cancellationToken))
                    {
                        yield return body;
                    }
                }
                else if (member is IFieldSymbol or IPropertySymbol)
                {
                    foreach (var initializer in InitializersOf(member, cancellationToken))
                    {
                        yield return initializer;
                    }
                }
            }
        }

        [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030", Justification = "A timer field is used by other members, possibly in other trees; the driver's semantic model cache serves them and this runs only for schedules already found too frequent.")]
        private IEnumerable<IOperation> BodiesOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
                {
                    continue;
                }

                var body = _compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax, cancellationToken);
                if (body != null)
                {
                    yield return body;
                }
            }
        }

        [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030", Justification = "See BodiesOf.")]
        private IEnumerable<IOperation> InitializersOf(ISymbol member, CancellationToken cancellationToken)
        {
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
                {
                    continue;
                }

                var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
                foreach (var node in syntax.ChildNodes())
                {
                    // The EqualsValueClause of a field declarator or property.
                    if (model.GetOperation(node, cancellationToken) is ISymbolInitializerOperation initializer)
                    {
                        yield return initializer;
                    }
                }
            }
        }

        private void AddJob(ITypeSymbol type, ScheduledWork work)
        {
            foreach (var entry in JobEntries(type))
            {
                work.AddMethod(entry);
            }
        }

        /// <summary>The source methods of a type that scheduled work runs through (they implement a <c>schedule</c> member).</summary>
        private ImmutableArray<IMethodSymbol> JobEntries(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error || named.TypeKind == TypeKind.Interface)
            {
                return ImmutableArray<IMethodSymbol>.Empty;
            }

            return _jobEntries.GetOrAdd(named.OriginalDefinition, t =>
            {
                var builder = ImmutableArray.CreateBuilder<IMethodSymbol>();
                for (var current = t as INamedTypeSymbol; current != null; current = current.BaseType)
                {
                    if (current.DeclaringSyntaxReferences.IsEmpty)
                    {
                        break;
                    }

                    foreach (var member in current.GetMembers())
                    {
                        if (member is IMethodSymbol { IsStatic: false } method && SourceCallGraph.IsSourceMethod(method)
                            && _index.Has(method, SocialRole.Schedule))
                        {
                            builder.Add(method);
                        }
                    }
                }

                return builder.ToImmutable();
            });
        }

        private bool IsScheduleCall(IOperation operation)
        {
            var (method, _) = Target(operation);
            return method != null && _index.Has(method, SocialRole.Schedule);
        }

        private static (IMethodSymbol? Method, ImmutableArray<IArgumentOperation> Arguments) Target(IOperation operation)
            => operation switch
            {
                IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
                _ => (null, ImmutableArray<IArgumentOperation>.Empty),
            };

        /// <summary>The object a call is made on: its instance, or the <c>this</c> argument of an extension method.</summary>
        private static IOperation? Receiver(IOperation operation)
        {
            if (operation is not IInvocationOperation invocation)
            {
                return null;
            }

            if (invocation.Instance != null)
            {
                return invocation.Instance;
            }

            return invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 && IsThisArgument(invocation.TargetMethod, invocation.Arguments[0])
                ? invocation.Arguments[0]
                : null;
        }

        private static bool IsThisArgument(IMethodSymbol method, IArgumentOperation argument)
            => method.IsExtensionMethod && argument.Parameter != null && argument.Parameter.Ordinal == 0;

        /// <summary>The calls a fluent chain was built from, nearest first: <c>s.Schedule&lt;T&gt;()</c> for <c>s.Schedule&lt;T&gt;().EveryMinute()</c>.</summary>
        private static IEnumerable<IInvocationOperation> ReceiverChain(IOperation call)
        {
            var receiver = Receiver(call);
            while (receiver != null)
            {
                var inner = receiver is IArgumentOperation argument ? argument.Value : receiver;
                inner = ScheduleInterval.Unwrap(inner);
                if (inner is not IInvocationOperation invocation)
                {
                    yield break;
                }

                yield return invocation;
                receiver = Receiver(invocation);
            }
        }

        private static IOperation? ChildContaining(IOperation call, IOperation descendant)
        {
            for (var current = descendant; current != null; current = current.Parent)
            {
                if (ReferenceEquals(current.Parent, call))
                {
                    return current;
                }
            }

            return null;
        }

        /// <summary>The instance a timer call or property is used on: <c>timer</c> in <c>timer.Interval = 1000</c> or <c>timer.Change(...)</c>.</summary>
        private static ISymbol? InstanceSymbol(IOperation site)
        {
            var instance = site switch
            {
                IInvocationOperation invocation => invocation.Instance,
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } => property.Instance,
                _ => null,
            };

            if (instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
            {
                // new Timer { Interval = 1000 }: the object being initialised.
                for (var parent = site.Parent; parent != null; parent = parent.Parent)
                {
                    if (parent is IObjectCreationOperation creation)
                    {
                        return StoredIn(creation);
                    }
                }

                return null;
            }

            return instance == null ? null : ReferencedSymbol(instance);
        }

        /// <summary>The local, field or property the expression holding the site is stored in (<c>var trigger = TriggerBuilder...</c>).</summary>
        private static ISymbol? StoredIn(IOperation site)
        {
            var child = site;
            for (var parent = site.Parent; parent != null && !IsStatementBoundary(parent); child = parent, parent = parent.Parent)
            {
                switch (parent)
                {
                    case IVariableInitializerOperation when parent.Parent is IVariableDeclaratorOperation declarator:
                        return declarator.Symbol;
                    case ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Value, child):
                        return ReferencedSymbol(assignment.Target);
                    case IFieldInitializerOperation fieldInitializer when fieldInitializer.InitializedFields.Length == 1:
                        return fieldInitializer.InitializedFields[0];
                    case IPropertyInitializerOperation propertyInitializer when propertyInitializer.InitializedProperties.Length == 1:
                        return propertyInitializer.InitializedProperties[0];
                }
            }

            return null;
        }

        private static ISymbol? ReferencedSymbol(IOperation operation)
            => operation switch
            {
                ILocalReferenceOperation local => local.Local,
                IFieldReferenceOperation field => field.Field.OriginalDefinition,
                IPropertyReferenceOperation property => property.Property.OriginalDefinition,
                _ => null,
            };

        private static bool ContainsSymbol(ImmutableArray<IFieldSymbol> fields, ISymbol symbol)
        {
            foreach (var field in fields)
            {
                if (SymbolEqualityComparer.Default.Equals(field.OriginalDefinition, symbol))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ContainsCode(IOperation value)
        {
            foreach (var operation in value.DescendantsAndSelf())
            {
                if (operation is IAnonymousFunctionOperation or IMethodReferenceOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsWithin(IOperation operation, IOperation container)
            => operation.Syntax.SyntaxTree == container.Syntax.SyntaxTree && container.Syntax.Span.Contains(operation.Syntax.Span);

        /// <summary>An explicit block ends the expression a schedule is built in; the implicit body of an expression lambda does not.</summary>
        private static bool IsStatementBoundary(IOperation operation)
            => operation is IBlockOperation { IsImplicit: false } || operation is IMethodBodyOperation || operation is IConstructorBodyOperation;

        private static ILoopOperation? EnclosingLoop(IOperation operation)
        {
            for (var parent = operation.Parent; parent != null; parent = parent.Parent)
            {
                switch (parent)
                {
                    case ILoopOperation loop:
                        return loop;
                    case IAnonymousFunctionOperation:
                    case ILocalFunctionOperation:
                        return null;
                }
            }

            return null;
        }

        private bool RunsUntilStopped(ILoopOperation loop)
        {
            IOperation? condition;
            switch (loop)
            {
                case IWhileLoopOperation whileLoop:
                    condition = whileLoop.Condition;
                    break;
                case IForLoopOperation forLoop:
                    condition = forLoop.Condition;
                    break;
                default:
                    return false;
            }

            if (condition == null || condition.ConstantValue is { HasValue: true, Value: true })
            {
                return true;
            }

            // while (!stoppingToken.IsCancellationRequested)
            return condition is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, Operand: IPropertyReferenceOperation property }
                && property.Property.Name == nameof(CancellationToken.IsCancellationRequested)
                && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, _cancellationToken);
        }
    }
}
