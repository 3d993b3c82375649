# action_helpers.c: %c-string: conversion type must come right after the exclamation mark
f"{a! r}"
