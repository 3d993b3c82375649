# action_helpers.c: t-string: conversion type must come right after the exclamation mark
t"{a! s}"
