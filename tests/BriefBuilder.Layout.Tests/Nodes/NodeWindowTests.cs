using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Layout.Nodes;
using CsCheck;

namespace BriefBuilder.Layout.Tests.Nodes;

public class NodeWindowTests
{
    private sealed record Made(int Index);

    // A block of fixed height that moves to the next page whole when it does not fit.
    private sealed class Block(double height) : LayoutNode
    {
        private bool _done;

        public override SpacePlan Measure(Space space) =>
            _done ? SpacePlan.Empty : height <= space.Height + 1e-9 ? SpacePlan.Full(10, height) : SpacePlan.Wrap("Does not fit.");

        public override void Draw(PageCanvas canvas, double x, double y, Space space) => _done = true;

        public override void Restart() => _done = false;
    }

    [Fact]
    public void Every_index_gives_its_own_node_kept_from_first_asked_until_let_go()
    {
        // Operations as a layout makes them: ask for the next nodes, let the drawn ones go, sometimes restart.
        var operations = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 40]).Array[1, 200];
        operations.Sample(steps =>
        {
            var window = new NodeWindow<Made>(500, i => new Made(i));
            var kept = new Dictionary<int, Made>();
            var first = 0;
            foreach (var (kind, amount) in steps)
            {
                switch (kind)
                {
                    case 0:
                        var index = Math.Min(499, first + amount);
                        var node = window[index];
                        Assert.Equal(index, node.Index);
                        if (kept.TryGetValue(index, out var before))
                        {
                            Assert.Same(before, node);
                        }

                        for (var i = first; i <= index; i++)
                        {
                            kept.TryAdd(i, window[i]);
                        }

                        break;
                    case 1:
                        first = Math.Min(500, first + amount);
                        window.LetGoBefore(first);
                        foreach (var gone in kept.Keys.Where(k => k < first).ToList())
                        {
                            Assert.NotSame(kept[gone], window[gone]);
                            kept.Remove(gone);
                        }

                        break;
                    default:
                        window.Restart();
                        (first, kept) = (0, []);
                        break;
                }

                Assert.All(kept, pair => Assert.Same(pair.Value, window.Alone(pair.Key)));
            }
        });
    }

    [Fact]
    public void A_look_ahead_makes_only_the_node_it_asks_for()
    {
        var made = new List<int>();
        var window = new NodeWindow<Made>(1000, i =>
        {
            made.Add(i);
            return new Made(i);
        });
        Assert.Equal(999, window.Alone(999).Index);
        Assert.Equal(3, window[3].Index);
        Assert.NotSame(window.Alone(999), window.Alone(999));
        Assert.Equal([999, 0, 1, 2, 3, 999, 999], made);
    }

    [Fact]
    public void A_column_lets_its_children_go_once_drawn_and_makes_each_once_a_pass()
    {
        var made = new List<WeakReference<LayoutNode>>();
        var column = new ColumnNode(300, _ =>
        {
            var node = new Block(10);
            made.Add(new WeakReference<LayoutNode>(node));
            return node;
        }, 0);

        // 300 spacers of 10 pt on pages of 100 pt: 30 pages.
        var pages = DrawAll(column);
        Assert.Equal(30, pages);
        Assert.Equal(300, made.Count);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.True(made.Take(290).Count(m => m.TryGetTarget(out _)) < 10);

        column.Restart();
        Assert.Equal(30, DrawAll(column));
        Assert.Equal(600, made.Count);
    }

    private static int DrawAll(LayoutNode node)
    {
        for (var page = 1; ; page++)
        {
            var space = new Space(100, 100, true);
            var plan = node.Measure(space);
            node.Draw(new PageCanvas(page, 200, 200, dry: true), 0, 0, space);
            if (plan.Kind is PlanKind.FullRender or PlanKind.Empty)
            {
                return page;
            }
        }
    }
}
