"""Drive a headless Chromium with the network off, over the Chrome DevTools Protocol.

    with Chromium() as browser:
        page = browser.open(path)            # waits for the load event
        page.wait_for("window.vanban && vanban.ready")
        page.evaluate("vanban.nodes.getIds()")
        page.requests, page.errors, page.dialogs, page.screenshot(png)

Chromium starts with a fresh profile, background networking off, and every request
sent to a dead proxy; `page.requests` lists every URL the page asked for
(Network.requestWillBeSent) and `page.errors` every console error, uncaught exception
and log error, so tests can assert that nothing left file:// and nothing failed.
Used by tests/test_viz_browser.py and bench/view_bench.py.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--no-first-run",
    "--no-default-browser-check",
    "--no-pings",
    "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--remote-debugging-port=0",
]


def find_chromium() -> str | None:
    """`$VANBAN_CHROMIUM`, else Debian's `chromium` (or `chromium-browser`) on PATH."""
    given = os.environ.get("VANBAN_CHROMIUM")
    if given:
        return given if Path(given).exists() else shutil.which(given)
    return shutil.which("chromium") or shutil.which("chromium-browser")


def missing_reason() -> str | None:
    """Why browser tests cannot run here, or None."""
    try:
        import websocket  # noqa: F401
    except ImportError:
        return "websocket-client is not installed (pip install -e '.[dev]')"
    if find_chromium() is None:
        return "chromium not found: install it with `apt-get install -y chromium` (CI does)"
    return None


class BrowserError(RuntimeError):
    pass


class Chromium:
    def __init__(
        self, width: int = 1400, height: int = 900, timeout: float = 60.0, loopback: bool = False
    ) -> None:
        """`loopback=True` lets requests to 127.0.0.1 and localhost through (a local
        server under test); every other request still goes to the dead proxy."""
        self.width, self.height, self.timeout = width, height, timeout
        self.loopback = loopback
        self.proc: subprocess.Popen[bytes] | None = None
        self.profile: str | None = None
        self.ws: Any = None
        self._id = 0
        self._pages: dict[str, Page] = {}

    # -- process
    def __enter__(self) -> Chromium:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        import websocket

        exe = find_chromium()
        if exe is None:
            raise BrowserError("chromium not found")
        self.profile = tempfile.mkdtemp(prefix="vanban-chromium-")
        log = open(Path(self.profile) / "stderr.log", "wb")  # noqa: SIM115 - kept for the run
        self.proc = subprocess.Popen(
            [
                exe,
                *(f for f in FLAGS if not (self.loopback and "<-loopback>" in f)),
                f"--user-data-dir={self.profile}",
                f"--window-size={self.width},{self.height}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,
        )
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or len(port_file.read_text().split()) < 2:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                tail = (Path(self.profile) / "stderr.log").read_text(errors="replace")[-2000:]
                self.close()
                raise BrowserError(f"chromium did not start: {tail}")
            time.sleep(0.05)
        port, path = port_file.read_text().split()[:2]
        self.ws = websocket.create_connection(
            f"ws://127.0.0.1:{port}{path}",
            timeout=self.timeout,
            suppress_origin=True,
            enable_multithread=False,
        )

    def close(self) -> None:
        if self.ws is not None:
            with contextlib.suppress(Exception):  # closing anyway
                self.send("Browser.close", timeout=5)
            self.ws.close()
            self.ws = None
        if self.proc is not None:
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)  # the group this object started
                self.proc.wait(timeout=5)
            self.proc = None
        if self.profile:
            shutil.rmtree(self.profile, ignore_errors=True)
            self.profile = None

    # -- protocol
    def send(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        session: str | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.ws.send(json.dumps(message))
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            reply = self._receive(deadline)
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def _receive(self, deadline: float) -> dict[str, Any]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise BrowserError("timed out waiting for chromium")
        self.ws.settimeout(remaining)
        reply = json.loads(self.ws.recv())
        if "method" in reply:
            page = self._pages.get(reply.get("sessionId", ""))
            if page is not None:
                page.on_event(reply["method"], reply.get("params", {}))
        return reply

    def pump(self, seconds: float) -> None:
        """Read events for `seconds` (they are recorded on their pages)."""
        import websocket

        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                self._receive(end)
            except (websocket.WebSocketTimeoutException, BrowserError):
                return

    def open(self, target: str | Path, wait: float | None = None) -> Page:
        """A new tab showing `target` (a path or URL), once its load event has fired."""
        url = Path(target).resolve().as_uri() if isinstance(target, Path) else target
        tab = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": tab, "flatten": True})[
            "sessionId"
        ]
        page = Page(self, session, tab)
        self._pages[session] = page
        for domain in ("Page", "Runtime", "Network", "Log"):
            page.send(f"{domain}.enable")
        page.send(
            "Emulation.setDeviceMetricsOverride",
            {
                "width": self.width,
                "height": self.height,
                "deviceScaleFactor": 1,
                "mobile": False,
            },
        )
        page.navigate(url, wait)
        return page


class Page:
    def __init__(self, browser: Chromium, session: str, target: str) -> None:
        self.browser, self.session, self.target = browser, session, target
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.loaded = False

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.browser.send(method, params, self.session)

    def on_event(self, method: str, params: dict[str, Any]) -> None:
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.errors.append(
                "console: "
                + " ".join(
                    str(a.get("value", a.get("description", ""))) for a in params.get("args", [])
                )
            )
        elif method == "Runtime.exceptionThrown":
            d = params.get("exceptionDetails", {})
            self.errors.append(
                "exception: " + str(d.get("exception", {}).get("description", d.get("text")))
            )
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            self.errors.append("log: " + params["entry"].get("text", ""))
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(params.get("message", ""))
            # answered later from `send` would deadlock nothing: the reply comes async
            self.browser.ws.send(
                json.dumps(
                    {
                        "id": 10**9 + len(self.dialogs),
                        "sessionId": self.session,
                        "method": "Page.handleJavaScriptDialog",
                        "params": {"accept": False},
                    }
                )
            )
        elif method == "Page.loadEventFired":
            self.loaded = True

    def navigate(self, url: str, wait: float | None = None) -> None:
        self.loaded = False
        self.send("Page.navigate", {"url": url})
        deadline = time.monotonic() + (wait or self.browser.timeout)
        while not self.loaded:
            self.browser._receive(deadline)

    def evaluate(self, expression: str, timeout: float | None = None) -> Any:
        result = self.browser.send(
            "Runtime.evaluate",
            {
                "expression": expression,
                "returnByValue": True,
                "awaitPromise": True,
            },
            self.session,
            timeout,
        )
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression}: {result['exceptionDetails']}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 60.0, every: float = 0.05) -> float:
        """Poll `expression` until truthy; seconds waited."""
        started = time.monotonic()
        while not self.evaluate(f"!!({expression})"):
            if time.monotonic() - started > timeout:
                raise BrowserError(f"timed out waiting for {expression}")
            self.browser.pump(every)
        return time.monotonic() - started

    def mouse(self, x: float, y: float, kind: str = "mouseMoved") -> None:
        params: dict[str, Any] = {"type": kind, "x": x, "y": y}
        if kind != "mouseMoved":
            params.update(button="left", clickCount=1)
        self.send("Input.dispatchMouseEvent", params)

    def click(self, x: float, y: float) -> None:
        self.mouse(x, y)
        self.mouse(x, y, "mousePressed")
        self.mouse(x, y, "mouseReleased")

    def screenshot(self, path: Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def outside_requests(self) -> list[str]:
        """Requests that left file:// (data: URLs never leave the page)."""
        return [u for u in self.requests if not u.startswith(("file://", "data:", "about:"))]
