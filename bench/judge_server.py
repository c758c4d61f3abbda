#!/usr/bin/env python3
"""A stand-in model server for bench/judge.sh: speaks the OpenAI chat-completions protocol on
127.0.0.1 (POST /v1/chat/completions, non-streamed) the way Ollama, llama-server and vLLM do, and
answers from a rule instead of a model, so the model judge's plumbing can be measured without one.

Modes:
  oracle DIR     answers each claim with its gold label from DIR/labels.tsv and DIR/article.txt
                 (written by ../shared/tools/claimeval.py): a perfect judge, for "plumbing loses
                 nothing"
  supported      says "supported" to everything: the facts' veto must still flag claims
  fixed VERDICT  says VERDICT to everything
Options: --delay SECONDS before each answer (a model's latency); --logprobs to attach log
probabilities to the verdict token; --port (0: any, printed on stdout as "port N").

Counts requests, and the most in flight at once, at GET /stats.
"""
import argparse
import json
import math
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GOLD = {"supported": "supported", "attributable": "supported",
        "partially_supported": "partial", "not_supported": "unsupported",
        "not attributable": "unsupported", "not_attributable": "unsupported"}


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


class Oracle:
    """Gold label of the article paragraph that contains the claim sent."""

    def __init__(self, folder):
        labels = {}
        with open(f"{folder}/labels.tsv", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                ref, label, _ = line.rstrip("\n").split("\t")
                labels[ref] = label
        self.paragraphs = []  # (word string, label)
        with open(f"{folder}/article.txt", encoding="utf-8") as f:
            for para in f.read().split("\n\n"):
                refs = re.findall(r"\[(\d+)\]", para)
                if refs and refs[-1] in labels:
                    self.paragraphs.append((" " + " ".join(words(para)) + " ", labels[refs[-1]]))

    def verdict(self, claim):
        key = " " + " ".join(words(claim)) + " "
        for text, label in self.paragraphs:
            if key in text:
                return GOLD.get(label, "unsupported")
        best, best_label = 0.0, "unsupported"
        claim_words = set(words(claim))
        for text, label in self.paragraphs:
            para_words = set(text.split())
            share = len(claim_words & para_words) / max(1, len(claim_words))
            if share > best:
                best, best_label = share, GOLD.get(label, "unsupported")
        return best_label


class State:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests = 0
        self.busy = 0
        self.peak = 0


def claim_of(body):
    text = "\n".join(m.get("content", "") for m in body.get("messages", []) if m.get("role") == "user")
    m = re.search(r"^Claim: (.*)$", text, re.M)
    return m.group(1) if m else ""


def make_handler(args, oracle, state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_):
            pass

        def send_json(self, code, payload):
            data = json.dumps(payload).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            if self.path == "/stats":
                with state.lock:
                    self.send_json(200, {"requests": state.requests, "peak": state.peak})
            else:
                self.send_json(404, {"error": {"message": "not found"}})

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            with state.lock:
                state.requests += 1
                state.busy += 1
                state.peak = max(state.peak, state.busy)
            try:
                if args.delay:
                    time.sleep(args.delay)
                claim = claim_of(body)
                minicheck = claim == "" and "Claim: " in json.dumps(body)
                if args.mode == "oracle":
                    if minicheck:
                        claim = re.search(r"\nClaim: (.*)$", body["messages"][-1]["content"], re.S).group(1)
                    verdict = oracle.verdict(claim)
                elif args.mode == "supported":
                    verdict = "supported"
                else:
                    verdict = args.verdict
                if minicheck:
                    content = "Yes" if verdict == "supported" else "No"
                    token = content
                else:
                    content = json.dumps({"verdict": verdict, "explanation": "stand-in server"})
                    token = verdict
                choice = {"index": 0, "finish_reason": "stop",
                          "message": {"role": "assistant", "content": content}}
                if args.logprobs and body.get("logprobs"):
                    lp = math.log(0.9)
                    if minicheck:
                        parts = [content]
                    else:
                        head = content[:content.index(token)]
                        parts = [head, token, content[len(head) + len(token):]]
                    choice["logprobs"] = {"content": [
                        {"token": p, "logprob": lp if p == token else 0.0, "top_logprobs": []}
                        for p in parts]}
                self.send_json(200, {"id": "cmpl-bench", "object": "chat.completion",
                                     "model": body.get("model", ""), "choices": [choice]})
            finally:
                with state.lock:
                    state.busy -= 1

    return Handler


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=["oracle", "supported", "fixed"])
    ap.add_argument("arg", nargs="?", default="")
    ap.add_argument("--delay", type=float, default=0.0)
    ap.add_argument("--logprobs", action="store_true")
    ap.add_argument("--port", type=int, default=0)
    args = ap.parse_args()
    args.verdict = args.arg or "supported"
    oracle = Oracle(args.arg) if args.mode == "oracle" else None
    state = State()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(args, oracle, state))
    server.daemon_threads = True
    print(f"port {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
