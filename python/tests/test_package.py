"""The package as installed: stubs that match the code, docstrings, py.typed,
and the README's Python example, run."""

import ast
import inspect
import pathlib
import re

import attache
from attache import _native
from conftest import ROOT

PKG = pathlib.Path(attache.__file__).parent


def stub_defs(path):
    """{name: [parameter names]} of the functions, and {class: {method: [...]}}."""
    tree = ast.parse(path.read_text())

    def params(f):
        a = f.args
        return [p.arg for p in a.posonlyargs + a.args + a.kwonlyargs]

    funcs, classes = {}, {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            funcs.setdefault(node.name, params(node))
        elif isinstance(node, ast.ClassDef):
            classes[node.name] = {}
            for m in node.body:
                if isinstance(m, ast.FunctionDef):
                    classes[node.name].setdefault(m.name, params(m))
    return funcs, classes


def runtime_params(f):
    return [p for p in inspect.signature(f).parameters]


def test_the_stubs_and_py_typed_ship_with_the_package():
    for name in ["py.typed", "__init__.pyi", "_native.pyi"]:
        assert (PKG / name).is_file(), name


def test_the_stubs_match_the_package():
    funcs, classes = stub_defs(PKG / "__init__.pyi")
    assert set(funcs) == {"eval", "eval_table"}
    assert set(classes) == {"Pipeline", "RejectedError"}
    for name, params in funcs.items():
        assert params == runtime_params(getattr(attache, name)), name
    for cls, methods in classes.items():
        for name, params in methods.items():
            member = inspect.getattr_static(getattr(attache, cls), name)
            if isinstance(member, property):
                member = member.fget
            assert params == runtime_params(member), f"{cls}.{name}"
    public = {n for n in attache.__all__ if not n.startswith("__") and n != "DEFAULT_MAX_DOC_BYTES"}
    assert public == set(funcs) | set(classes)
    runtime_methods = {n for n, v in vars(attache.Pipeline).items() if not n.startswith("_")}
    assert runtime_methods == set(classes["Pipeline"]) - {"__init__"}


def test_the_native_stub_names_what_the_extension_has():
    funcs, classes = stub_defs(PKG / "_native.pyi")
    for name in funcs:
        assert callable(getattr(_native, name)), name
    for cls, methods in classes.items():
        for name in methods:
            if name != "__init__":
                assert hasattr(getattr(_native, cls), name), f"{cls}.{name}"
    # The wrapper's native Pipeline takes the arguments the stub says.
    assert runtime_params(attache.Pipeline.__init__)[1:] == classes["Pipeline"]["__init__"][1:]


def test_every_public_function_and_class_has_a_docstring():
    objects = [attache, attache.Pipeline, attache.RejectedError, attache.eval, attache.eval_table, _native,
               _native.Pipeline, _native.Stream, _native.eval_report]
    for name, v in vars(attache.Pipeline).items():
        if not name.startswith("_"):
            objects.append(v.fget if isinstance(v, property) else v)
    for name in ["stream", "ner_model", "stages", "threads", "events", "keep_unreal"]:
        objects.append(getattr(_native.Pipeline, name))
    objects.append(_native.Stream.process)
    for o in objects:
        assert (o.__doc__ or "").strip(), o


def test_the_readme_python_example_runs(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## From Python", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert blocks, "README's From Python section has a python example"
    monkeypatch.chdir(ROOT)
    scope = {}
    exec(compile(blocks[0], "README.md", "exec"), scope)
    assert scope["doc"]["events"], "the example's document has events"


def test_the_readme_spark_example_is_what_the_spark_check_runs():
    """scripts/spark_check.py (run by scripts/test-spark.sh) runs the README's
    Spark lines verbatim; this checks that without starting Spark."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("spark_check", ROOT / "scripts" / "spark_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.check_readme()  # exits on a difference
    assert "rdd.pipe" in (ROOT / "README.md").read_text() and ".pipe(f\"sh -c 'exec {attache} extract - " in module.README_SNIPPET
