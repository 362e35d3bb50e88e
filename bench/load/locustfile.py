"""Simulated learners for `make bench-load`: sign in, read every lesson, pass every quiz, attest.

The plan (bench/load/run.py writes it to BENCH_LOAD_PLAN) names the learners, the lessons in
course order, each module's quiz and the correct choice of every question: these learners know
the answers, so a learner who gets through the course in the time completes a cycle. Each
learner comes through the load balancer with an address of its own (X-Forwarded-For), as they
would from their own desks; learners are spread over the app servers by number.
"""

import itertools
import json
import os
import re
from pathlib import Path

from locust import HttpUser, between, task

PLAN = json.loads(Path(os.environ["BENCH_LOAD_PLAN"]).read_text())
QUESTION = re.compile(r'name="q-([^"]+)"')
_numbers = itertools.count()


class Learner(HttpUser):
    wait_time = between(0.5, 2)
    host = PLAN["hosts"][0]

    def on_start(self):
        number = next(_numbers)
        self.learner = PLAN["learners"][number % len(PLAN["learners"])]
        self.client.base_url = PLAN["hosts"][number % len(PLAN["hosts"])]
        self.client.headers["X-Forwarded-For"] = f"10.0.{number // 250}.{number % 250 + 1}"
        # The first learners were given a head start (run.py): they begin at the last module.
        self.steps = self.course(len(PLAN["modules"]) - 1 if number < PLAN["ahead"] else 0)
        self.sign_in()

    def csrf(self) -> dict:
        return {"X-CSRFToken": self.client.cookies.get("csrftoken", "")}

    def sign_in(self):
        self.client.get("/accounts/login/", name="/accounts/login/")
        self.client.post(
            "/accounts/login/",
            {"login": self.learner, "password": PLAN["password"]},
            headers=self.csrf(),
            name="/accounts/login/ (POST)",
        )

    def course(self, first_module: int):
        """The learner's way through the course, one request (or form) a step; then it rests."""
        for module in PLAN["modules"][first_module:]:
            for lesson in module["lessons"]:
                yield lambda lesson=lesson: self.read(lesson)
            yield lambda module=module: self.quiz(module)
        for course in PLAN["courses"]:
            yield lambda course=course: self.attest(course)
        while True:
            yield lambda: self.client.get("/learn/", name="/learn/")

    @task
    def step(self):
        next(self.steps)()

    def read(self, lesson):
        self.client.get(lesson["url"], name="lesson page")
        self.client.post(
            f"/learn/lessons/{lesson['id']}/complete/",
            headers=self.csrf(),
            name="/learn/lessons/[id]/complete/",
        )

    def quiz(self, module):
        quiz = module["quiz"]
        self.client.get(f"/learn/quizzes/{quiz}/", name="/learn/quizzes/[id]/")
        started = self.client.post(
            f"/learn/quizzes/{quiz}/start/", headers=self.csrf(), name="/learn/quizzes/[id]/start/"
        )
        if "/learn/attempts/" not in started.url:
            return  # no attempt opened (already passed, say): the page said why
        answers = {
            f"q-{question}": PLAN["answers"].get(question, [])
            for question in QUESTION.findall(started.text)
        }
        self.client.post(
            started.url, answers, headers=self.csrf(), name="/learn/attempts/[id]/ (POST)"
        )

    def attest(self, course):
        url = f"/learn/courses/{course}/attestation/"
        self.client.get(url, name="/learn/courses/[id]/attestation/")
        self.client.post(
            url,
            {"accept": "yes"},
            headers=self.csrf(),
            name="/learn/courses/[id]/attestation/ (POST)",
        )
